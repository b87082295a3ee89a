# Class patterns naming the class through an attribute path, with keyword-only sub-patterns.
class ns:
    class Point:
        def __init__(self, x, y): self.x, self.y = x, y
def m(v):
    match v:
        case ns.Point(x=0, y=0):
            return "origin"
        case ns.Point(y=yy):
            return f"y={yy}"
    return "none"
print(m(ns.Point(0, 0)), m(ns.Point(1, 2)), m(None))
