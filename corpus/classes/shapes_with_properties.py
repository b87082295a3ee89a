# Shape hierarchy with computed properties, polymorphic methods, validation and sorting by area.
class Shape:
    name = "shape"
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"<{self.name} area={self.area():.2f}>"

class Rectangle(Shape):
    name = "rectangle"
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, value):
        if value <= 0:
            raise ValueError(f"width must be positive, got {value}")
        self._w = value
    def area(self):
        return self.w * self.h
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rectangle):
    name = "square"
    def __init__(self, side):
        super().__init__(side, side)

class Circle(Shape):
    name = "circle"
    PI = 3.14159
    def __init__(self, r):
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    @property
    def perimeter(self):
        return 2 * self.PI * self.r

class Blob(Shape):
    pass

shapes = [Rectangle(3, 4), Square(2), Circle(1.5), Square(3)]
for s in sorted(shapes):
    print(s, f"perimeter={s.perimeter:.3f}")
print(max(shapes), min(shapes))
print(sum(s.area() for s in shapes))
try:
    Rectangle(0, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Blob().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
sq = Square(5)
sq.w = 6
print(sq.area(), sq.perimeter, isinstance(sq, Rectangle), type(sq).__mro__[1].__name__)
