# gi_yieldfrom is the iterator being delegated to while suspended inside yield from, else None.
def inner():
    yield 1
def outer():
    yield "own"
    yield from inner()
g = outer()
next(g)
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
list(g)
print(g.gi_yieldfrom)
