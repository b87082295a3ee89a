# Truth testing uses __bool__, then __len__, else True; wrong return types raise TypeError.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__")
        return self.v
    def __len__(self):
        print("  __len__")
        return 0

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Nothing:
    pass

print(bool(B(True)))
print(bool(L(0)), bool(L(3)), bool(Nothing()))
print("yes" if L(2) else "no", not L(0))
for obj in (B(1), L(-1), L("x")):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
print(L(0) or "fallback", L(5) and "second")
print(bool(Nothing), bool(L))
