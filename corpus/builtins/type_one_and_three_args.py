# type() with one argument returns the class; with three builds a new class; argument errors.
print(type(1), type("s"), type([]), type(None), type(type), type(len), type(lambda: 0).__name__)
print(type(1) is int, type(True) is bool, type(True) is int)
Point = type("Point", (), {"x": 0, "__repr__": lambda self: f"Point(x={self.x})"})
p = Point()
p.x = 5
print(Point, p, Point.__name__, Point.__bases__, Point.__module__)
Sub = type("Sub", (Point, ), {"y": 1})
print(Sub.__mro__, Sub().x, Sub().y)
Kw = type("Kw", (), {}, **{})
print(Kw.__qualname__)
tests = [
    lambda: type(),
    lambda: type("A", ()),
    lambda: type("A", (), {}, 1),
    lambda: type(1, (), {}),
    lambda: type("A", [], {}),
    lambda: type("A", (), []),
    lambda: type("A", (1,), {}),
    lambda: type("A", (bool,), {}),
    lambda: type("A\x00B", (), {}),
]
for t in tests:
    try:
        t()
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
