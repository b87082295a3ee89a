# len() requires __len__ to return a non-negative int that fits in Py_ssize_t.
class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v

class IdxLike:
    def __index__(self):
        return 4

print(len(L(3)), len(L(True)), len(L(IdxLike())))
for v in (-1, 2**63, 1.0, "3", None):
    try:
        print(len(L(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(v), type(e).__name__, e)
for obj in (5, None, iter([])):
    try:
        len(obj)
    except TypeError as e:
        print(type(e).__name__, e)
print(len(range(10**18)))
try:
    len(range(2**63))
except OverflowError as e:
    print(type(e).__name__, e)
