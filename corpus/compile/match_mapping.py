# Mapping patterns: MATCH_MAPPING, MATCH_KEYS with a constant key tuple, and **rest (a copy minus the keys).
def f(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return ("point", px, py)
        case {"type": t, **rest}:
            return ("typed", t, rest)
        case {}:
            return "any mapping"
        case _:
            return "not a mapping"
print(f({"type": "point", "x": 1, "y": 2, "z": 3}))
print(f({"type": "other", "a": 1}))
print(f({"k": 1}))
print(f([1]))
