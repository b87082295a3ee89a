# bool() uses __bool__, then __len__; wrong return types and negative lengths raise with exact messages.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 3
class Neither:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(7)), bool(Both()), bool(Neither()))
print(not L(0), not B(True), 'yes' if L(2) else 'no')
for obj in (B(1), B(None), B('x'), L(-1), L(2**100), L('3'), L(1.0)):
    try:
        print(bool(obj))
    except Exception as e:
        print(type(e).__name__, e)
try:
    if B(0):
        pass
except TypeError as e:
    print('if:', type(e).__name__, e)
