# Or-patterns whose alternatives bind the same names in different positions.
def m(v):
    match v:
        case [x, 0] | [0, x]:
            return f"x={x}"
        case {"a": y} | {"b": y}:
            return f"y={y}"
        case (1, z) | (z, 1):
            return f"z={z}"
    return "none"
print(m([5, 0]), m([0, 6]), m({"b": 7}), m((9, 1)), m((1, 9)), m(3))
