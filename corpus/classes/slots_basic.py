# __slots__ classes have no __dict__; unknown attributes and unset slots give AttributeError.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = Point(1)
print(p.x, hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
del p.y
print(hasattr(p, "y"))
print(repr(Point.x), type(Point.x).__name__)
print(Point.__slots__, "__dict__" in dir(Point))
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
