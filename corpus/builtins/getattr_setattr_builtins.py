# getattr/setattr/delattr with defaults and their errors, including non-string names.
class Obj:
    x = 1

o = Obj()
print(getattr(o, "x"), getattr(o, "y", "default"), getattr(o, "y", None))
setattr(o, "y", 2)
setattr(o, "with space", 3)
print(o.y, getattr(o, "with space"), sorted(vars(o)))
delattr(o, "y")
print(hasattr(o, "y"), getattr(Obj, "x"), getattr(5, "real"), getattr("s", "upper")())
tests = [
    lambda: getattr(o, "missing"),
    lambda: getattr(o, 5),
    lambda: getattr(o, 5, "d"),
    lambda: setattr(o, 5, 1),
    lambda: delattr(o, "missing"),
    lambda: delattr(o, None),
    lambda: getattr(o),
    lambda: setattr(5, "x", 1),
]
for t in tests:
    try:
        t()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

class Raises:
    @property
    def boom(self):
        raise ValueError("property raised ValueError")
try:
    getattr(Raises(), "boom", "default")
except ValueError as e:
    print("default does not hide:", e)
