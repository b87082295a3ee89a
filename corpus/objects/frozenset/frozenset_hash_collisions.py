# frozenset hashes mix element hashes: sets that differ only by element order or duplicates hash the same, others differ.
a = frozenset({1, 2})
b = frozenset({3, 0})
c = frozenset({1, 2, 3})
print(hash(a), hash(b), hash(c), hash(a) == hash(b), len({a, b, c, frozenset([2, 1, 2])}))
print(hash(frozenset({frozenset()})), hash(frozenset({()})), hash(frozenset({''})), hash(frozenset({0})))
