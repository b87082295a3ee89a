# __cause__, __context__ and __suppress_context__ for implicit chaining, from X and from None.
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")

def explicit():
    try:
        {}["x"]
    except KeyError as e:
        raise ValueError("v") from e

def suppressed():
    try:
        [][0]
    except IndexError:
        raise TypeError("t") from None

for fn in (implicit, explicit, suppressed):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__,
              "cause:", type(e.__cause__).__name__,
              "context:", type(e.__context__).__name__,
              "suppress:", e.__suppress_context__)

e = RuntimeError()
e.__cause__ = ValueError("manual")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise RuntimeError("x") from ValueError
except RuntimeError as err:
    print(repr(err.__cause__))
