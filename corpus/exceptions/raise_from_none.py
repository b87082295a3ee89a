# raise ... from None hides the context when printing but still records __context__.
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise AttributeError(f"no field {key!r}") from None

try:
    lookup({}, "x")
except AttributeError as e:
    print(e)
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

e = ValueError("v")
e.__suppress_context__ = True
print(e.__suppress_context__, e.__cause__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as err:
    err.__suppress_context__ = False
    print(repr(err.__context__), err.__suppress_context__)
