# match with literal patterns (COMPARE_OP ==), None/True/False (IS_OP) and the wildcard default.
def f(x):
    match x:
        case 1:
            return "one"
        case "s" | b"b":
            return "str or bytes"
        case None:
            return "none"
        case True:
            return "true"
        case -2.5:
            return "neg float"
        case _:
            return "other"
for v in (1, "s", b"b", None, True, 1.0, -2.5, 0):
    print(repr(v), f(v))
