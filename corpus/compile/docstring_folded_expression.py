# A first statement that folds to a str ("a" "b" concatenation is a docstring; "a" + "b" is not).
def f():
    "doc" "string"
    return 1
def g():
    "doc" + "string"
    return 2
def h():
    f"doc{1}"
    return 3
def k():
    b"bytes"
    return 4
for fn in (f, g, h, k):
    print(fn.__name__, repr(fn.__doc__), fn())
