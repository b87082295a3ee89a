# __annotations__ is a dict built from the def, evaluated at def time, with 'return' last; it can be reassigned.
T = int
def f(a: T, b: "fwd", *c: str, d: float = 0.5, **e: bool) -> T:
    return a
T = str
print(f.__annotations__)
def g():
    pass
print(g.__annotations__)
g.__annotations__ = {"x": 1}
print(g.__annotations__)
