# Immutable builtins must be customised in __new__; __init__ cannot change their value.
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        print("  __init__ sees", self)
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"

p = Pair(1, 2)
print(p, p.first, len(p), p + (3,), type(p + (3,)).__name__)
a, b = p
print(a, b, p == (1, 2), hash(p) == hash((1, 2)))

class Stubborn(float):
    def __init__(self, value):
        value = 0.0
        super().__init__()
print(Stubborn(2.5))

class Lower(str):
    def __init__(self, s):
        s = s.lower()
print(Lower("ABC"))
try:
    tuple.__new__(Pair)
    print("no error from tuple.__new__ with no args")
    Pair(1)
except TypeError as e:
    print(type(e).__name__, e)
