# inspect.getsource/getsourcelines of functions and a class defined in this file.
import inspect

def add(a, b):
    # adds
    return a + b

class Shape:
    sides = 0

    def area(self):
        return 0

print(inspect.getsource(add), end="")
lines, start = inspect.getsourcelines(add)
print(start, len(lines))
print(inspect.getsource(Shape.area), end="")
print(inspect.getsource(Shape), end="")
print(repr(inspect.getsource(lambda: 0)))
print(inspect.getcomments(add))
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError:", e)
