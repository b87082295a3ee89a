# Rich comparisons reflect: a < b falls back to b > a, a == b to b == a, with NotImplemented.
class Loud:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __lt__(self, other):
        print(f"  {self}.__lt__({other})")
        return NotImplemented
    def __gt__(self, other):
        print(f"  {self}.__gt__({other})")
        return NotImplemented
    def __eq__(self, other):
        print(f"  {self}.__eq__({other})")
        return NotImplemented
    def __le__(self, other):
        print(f"  {self}.__le__({other})")
        return "le-result"

a, b = Loud("a"), Loud("b")
print("a < b"); 
try:
    a < b
except TypeError as e:
    print(" ", e)
print("a == b ->", a == b)
print("a != b ->", a != b)
print("a == a ->", a == a)
print("b >= a ->", b >= a)
print("5 < a")
try:
    5 < a
except TypeError as e:
    print(" ", e)
