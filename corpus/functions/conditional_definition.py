# def is an executable statement: a function may be defined inside if/else, a loop, or redefined later.
import sys
if sys.maxsize > 2 ** 40:
    def width():
        return "wide"
else:
    def width():
        return "narrow"
print(width())
def f():
    return 1
first = f
def f():
    return 2
print(first(), f(), first is f)
for i in range(2):
    def g(i=i):
        return i * 10
print(g())
