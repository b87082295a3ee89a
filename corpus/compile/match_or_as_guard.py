# Or-patterns with bindings, as-patterns, and guards that fall through to the next case.
def f(v):
    match v:
        case (1 | 2 | 3) as small if small != 2:
            return ("small", small)
        case [x, 0] | [0, x]:
            return ("one zero", x)
        case int(x) if x > 100:
            return ("big", x)
        case int():
            return "int"
        case _:
            return "other"
for v in (1, 2, 3, [5, 0], [0, 6], 500, 50, "x"):
    print(repr(v), f(v))
