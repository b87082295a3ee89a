# Sequence patterns: bracketed, parenthesized, open (no brackets), empty, star captures and star wildcard.
def m(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case (x, y):
            return f"two {x} {y}"
        case first, *middle, last if middle:
            return f"first {first} middle {middle} last {last}"
        case [*_, "end"]:
            return "ends with end"
        case [*all_items]:
            return f"all {all_items}"
print(m([]), m((7,)), m([1, 2]), m([1, 2, 3, 4]), m(["x", "end"]), m(("a", "b", "end")))
print(m("ab"), m(range(3)))
