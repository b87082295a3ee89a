# Group (parenthesized) patterns and or-patterns, nested inside sequences.
def m(v):
    match v:
        case (0 | 1 | 2):
            return "small"
        case [(3 | 4), ("a" | "b")]:
            return "seq with alternatives"
        case (((5))):
            return "five"
        case str() | bytes():
            return "text"
    return "none"
print(m(1), m([4, "b"]), m(5), m("x"), m(b"y"), m(9))
