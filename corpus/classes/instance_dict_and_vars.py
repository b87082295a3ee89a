# Instance attributes live in __dict__; writing to it or replacing it is visible as attributes.
class Box:
    kind = "box"
    def __init__(self):
        self.a = 1
        self.b = 2

x = Box()
print(x.__dict__, vars(x) is x.__dict__)
x.__dict__["c"] = 3
print(x.c)
x.__dict__ = {"fresh": True}
print(x.fresh, hasattr(x, "a"), x.kind)
try:
    x.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
del x.fresh
print(x.__dict__)
x.kind = "own"
print(x.kind, Box.kind)
del x.kind
print(x.kind)
try:
    del x.kind
except AttributeError as e:
    print(type(e).__name__, e)
