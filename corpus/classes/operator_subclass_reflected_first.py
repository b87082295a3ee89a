# If the right operand's type is a subclass that overrides the reflected method, it is tried first.
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
    def __lt__(self, other):
        return "Base.__lt__"
    def __gt__(self, other):
        return "Base.__gt__"

class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"
    def __gt__(self, other):
        return "Derived.__gt__"

class NoOverride(Base):
    pass

print(Base() + Derived())
print(Derived() + Base())
print(Base() + NoOverride())
print(Base() < Derived())
print(Base() < NoOverride())

class MyInt(int):
    def __radd__(self, other):
        return "MyInt.__radd__"
    def __rsub__(self, other):
        return NotImplemented
print(1 + MyInt(2))
print(5 - MyInt(2))
