# Literal patterns: ints, floats, strings (incl. implicit concatenation), bytes, negative numbers, None/True/False.
def m(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "ab" "c":
            return "concatenated abc"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other"
for v in (0, -1, 2.5, "abc", b"raw", None, True, False, 1, 0.0):
    print(repr(v), m(v))
