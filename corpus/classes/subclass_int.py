# int subclasses keep their type only where methods are overridden; arithmetic returns plain int.
class Meters(int):
    def __new__(cls, value, unit="m"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"Meters({int(self)}{self.unit})"
    def __add__(self, other):
        return Meters(int(self) + int(other), self.unit)

a = Meters(5)
b = Meters(7, "km")
print(a, b, a + b, type(a + b).__name__)
print(a * 2, type(a * 2).__name__, type(-a).__name__)
print(b + a, 3 + a, type(3 + a).__name__)
print(a == 5, hash(a) == hash(5), isinstance(a, int), a.unit)
print(str(a), f"{a:>5}", format(a, "b"))
print({5: "five"}[a], [10, 20, 30, 40, 50, 60][a])

class Flag(int):
    pass
print(Flag(True), type(Flag(True)).__name__, bool(Flag(0)))
print(int.__new__(Flag, 3) + 0)
