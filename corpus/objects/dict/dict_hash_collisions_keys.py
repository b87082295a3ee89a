# Keys that are equal and hash-equal (1, 1.0, True, 1+0j) share one slot; the first inserted key object is kept.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
d[1 + 0j] = 'complex'
print(d, [type(k).__name__ for k in d])
d2 = {-1: 'a', -2: 'b'}
print(d2, hash(-1) == hash(-2), d2[-1], d2[-2])
d3 = {0: 'zero', 2**61 - 1: 'mod', -0.0: 'negzero'}
print(d3, hash(2**61 - 1))
class Same:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Same) and self.n == other.n
    def __repr__(self):
        return 'Same(%d)' % self.n
d4 = {Same(1): 1, Same(2): 2, Same(1): 3}
print(d4, d4[Same(2)])
