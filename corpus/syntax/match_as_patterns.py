# as-patterns: on or-patterns, on sequence items, on whole sequences, and on class patterns.
class P:
    __match_args__ = ("x",)
    def __init__(self, x): self.x = x
def m(v):
    match v:
        case (1 | 2) as n:
            return f"n={n}"
        case [int() as first, *_] as whole:
            return f"first={first} whole={whole}"
        case P(x=[_, _] as pair) as obj:
            return f"pair={pair} obj.x={obj.x}"
    return "none"
print(m(2), m([5, 6]), m(P([1, 2])), m(P(3)))
