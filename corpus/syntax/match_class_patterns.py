# Class patterns: positional via __match_args__, keyword, mixed, no arguments, nested.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Line:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
def m(v):
    match v:
        case Point(0, 0):
            return "origin"
        case Point(x, y=0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line x={x1}"
        case Point():
            return "some point"
    return "other"
print(m(Point(0, 0)), m(Point(3, 0)), m(Point(0, 4)), m(Line(Point(1, 2), Point(1, 5))), m(Point(1, 1)), m(7))
