# Class patterns: MATCH_CLASS with positional (__match_args__) and keyword sub-patterns, and builtin self-matching.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def f(v):
    match v:
        case Point(0, 0):
            return "origin"
        case Point(x, y=0):
            return ("on x axis", x)
        case Point(x=0, y=y):
            return ("on y axis", y)
        case int(n) | float(n):
            return ("number", n)
        case str() as s:
            return ("string", s)
        case _:
            return "?"
for v in (Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), 5, 2.5, "s"):
    print(f(v))
