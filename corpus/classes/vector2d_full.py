# A complete 2D vector value type: arithmetic, reflected scalar ops, equality/hash, abs, bool, format.
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __add__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, a * 2, 2 * a, a * b, -a)
print(abs(a), bool(Vector()), bool(b), a / 2)
print(a == Vector(3, 4), a != b, len({a, Vector(3, 4), b}))
x, y = a
print(x, y, list(b), f"{a:.2f}", f"{b}")
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" * a
except TypeError as e:
    print(type(e).__name__, e)
print(sum([a, b], Vector()))
