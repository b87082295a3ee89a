# case blocks with bodies on the same line, several statements separated by semicolons.
def m(v):
    match v:
        case 0: return "zero"
        case [x]: y = x * 2; return f"one, doubled {y}"
        case _: pass
    return "fell through"
print(m(0), m([4]), m("z"))
