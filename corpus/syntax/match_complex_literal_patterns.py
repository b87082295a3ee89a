# Complex literal patterns: real +/- imaginary, negative real, bare and negated imaginary.
def m(v):
    match v:
        case 1 + 2j:
            return "1+2j"
        case -1 - 2j:
            return "-1-2j"
        case 3j:
            return "3j"
        case -4j:
            return "-4j"
        case -0.5 + 0j:
            return "-0.5"
    return "none"
for v in (1 + 2j, -1 - 2j, 3j, -4j, -0.5, 7):
    print(v, m(v))
