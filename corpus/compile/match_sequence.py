# Sequence patterns: MATCH_SEQUENCE, GET_LEN checks, UNPACK_SEQUENCE/UNPACK_EX for star, strings are not sequences.
def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return ("one", a)
        case [a, b]:
            return ("two", a, b)
        case [first, *rest]:
            return ("star", first, rest)
        case _:
            return "no"
for v in ([], (1,), [1, 2], (1, 2, 3), "ab", {1: 2}, range(2)):
    print(repr(v), f(v))
