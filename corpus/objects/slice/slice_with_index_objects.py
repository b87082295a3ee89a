# Slice bounds may be objects with __index__; other non-int bounds fail when used on sequences.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([0, 1, 2, 3, 4][I(1):I(4):I(2)], 'abcdef'[I(-2):], slice(I(1), I(3)).indices(10), range(10)[I(2):I(8):I(3)])
for bad in ('1', 1.0, [1]):
    try:
        [1, 2, 3][bad:]
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
try:
    'abc'[::1.0]
except TypeError as e:
    print(type(e).__name__, e)
