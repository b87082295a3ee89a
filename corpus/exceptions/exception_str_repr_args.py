# str() and repr() of exceptions with zero, one and several args; args is always a tuple.
samples = [
    Exception(),
    Exception("one"),
    Exception("two", 2),
    Exception(None),
    Exception(("tuple",)),
    ValueError(""),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    IndexError(3),
    StopIteration(5),
    SystemExit(2),
    UnicodeError("u"),
]
for e in samples:
    print(f"{type(e).__name__:14} str={str(e)!r:22} repr={e!r} args={e.args}")
e = ValueError("x")
e.args = ("replaced", 1)
print(str(e), repr(e))
e.args = "abc"
print(e.args)
