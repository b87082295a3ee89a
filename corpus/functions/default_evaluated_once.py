# Default values are evaluated once, when the def statement runs, in the enclosing scope at that moment.
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def f(x=next_id()):
    return x
print(f(), f(), counter)
base = 10
def g(y=base * 2):
    return y
base = 100
print(g(), base)
