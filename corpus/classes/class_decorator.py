# Class decorators receive the finished class and may modify or replace it; order is bottom-up.
def add_repr(cls):
    print("add_repr on", cls.__name__)
    fields = list(cls.__annotations__)
    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{type(self).__name__}({args})"
    cls.__repr__ = __repr__
    return cls

def add_init(cls):
    print("add_init on", cls.__name__)
    fields = list(cls.__annotations__)
    def __init__(self, *args):
        for f, a in zip(fields, args, strict=True):
            setattr(self, f, a)
    cls.__init__ = __init__
    return cls

def replace(cls):
    return "replaced " + cls.__name__

@add_repr
@add_init
class Point:
    x: int
    y: int

print(Point(1, 2), Point.__annotations__)
try:
    Point(1)
except ValueError as e:
    print(type(e).__name__, e)

@replace
class Gone:
    pass
print(Gone)
