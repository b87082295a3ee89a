# String literal patterns with raw/unicode prefixes, bytes patterns; str and bytes never compare equal.
def m(v):
    match v:
        case r"\d":
            return "raw backslash-d"
        case u"uni":
            return "unicode prefix"
        case "":
            return "empty string"
        case b"":
            return "empty bytes"
        case b"x" | "x":
            return "x as " + type(v).__name__
    return "none"
print(m("\\d"), m("uni"), m(""), m(b""), m(b"x"), m("x"), m(bytearray(b"x")))
