# Mapping patterns: literal and value keys, **rest, empty mapping pattern, extra keys ignored.
class K:
    KEY = "dotted"
def m(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {K.KEY: val, **rest}:
            return f"dotted {val} rest={rest}"
        case {1: one, -2: two}:
            return f"numeric keys {one} {two}"
        case {}:
            return "any mapping"
    return "not a mapping"
print(m({"type": "point", "x": 1, "y": 2, "z": 3}))
print(m({"dotted": 5, "a": 1, "b": 2}))
print(m({1: "a", -2: "b"}), m({"q": 0}), m([]))
