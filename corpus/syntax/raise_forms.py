# raise forms: class, instance, "from" cause, "from None", and bare re-raise.
def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e.args, type(e.__cause__).__name__, e.__suppress_context__)
def a(): raise ValueError
def b(): raise KeyError("k")
def c(): raise TypeError("t") from ValueError("cause")
def d():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("r") from None
def e():
    try:
        raise IndexError(5)
    except IndexError:
        raise
for fn in (a, b, c, d, e):
    attempt(fn)
