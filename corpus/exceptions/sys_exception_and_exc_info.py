# sys.exception() and sys.exc_info() report the exception being handled, restored after nesting.
import sys

print(sys.exception(), sys.exc_info())
try:
    raise ValueError("outer")
except ValueError:
    print(repr(sys.exception()))
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is v.__traceback__)
    try:
        raise KeyError("inner")
    except KeyError:
        print("nested:", repr(sys.exception()))
    print("restored:", repr(sys.exception()))

def helper():
    return repr(sys.exception())

try:
    1 / 0
except ZeroDivisionError:
    print("visible in called function:", helper())
print("after:", sys.exception())

def gen():
    try:
        raise TypeError("in gen")
    except TypeError:
        yield repr(sys.exception())
    yield repr(sys.exception())
g = gen()
print(next(g))
print(next(g))
