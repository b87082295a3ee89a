# Functions have a writable __dict__: arbitrary attributes, __module__, __doc__ and __globals__ identity.
def f():
    "doc of f"
    return f.calls
f.calls = 0
f.calls += 2
f.tag = "t"
print(f(), sorted(f.__dict__), f.__module__, f.__doc__)
print(f.__globals__ is globals())
f.__doc__ = "new doc"
print(f.__doc__)
del f.tag
print(hasattr(f, "tag"))
