# Copying __name__, __qualname__, __doc__ and __dict__ onto a wrapper by hand (what functools.wraps does).
def wraps_like(src):
    def apply(dst):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(dst, attr, getattr(src, attr))
        dst.__dict__.update(src.__dict__)
        dst.__wrapped__ = src
        return dst
    return apply
def logged(fn):
    @wraps_like(fn)
    def wrapper(*a):
        return ("logged", fn(*a))
    return wrapper
@logged
def area(w, h):
    "Area of a rectangle."
    return w * h
print(area(2, 3), area.__name__, area.__qualname__, area.__doc__, area.__wrapped__.__name__)
