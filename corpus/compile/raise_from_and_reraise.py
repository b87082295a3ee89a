# raise X from Y (RAISE_VARARGS 2), bare raise (RERAISE via RAISE_VARARGS 0), and raise with no active exception.
def f():
    try:
        try:
            {}["k"]
        except KeyError as e:
            raise ValueError("v") from e
    except ValueError as e:
        return type(e.__cause__).__name__, e.__suppress_context__
def g():
    try:
        raise TypeError("t")
    except TypeError:
        raise
def h():
    raise
print(f())
for fn in (g, h):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
