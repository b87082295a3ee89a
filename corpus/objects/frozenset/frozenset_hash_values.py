# hash(frozenset) is order-independent and deterministic; the empty frozenset has a fixed hash.
for fs in [frozenset(), frozenset({0}), frozenset({1}), frozenset({1, 2}), frozenset({2, 1}), frozenset('abc'), frozenset({(1, 2)}),
           frozenset({frozenset()}), frozenset(range(10)), frozenset({-1}), frozenset({None}), frozenset({1.5, 'x'})]:
    print(repr(fs), hash(fs))
print(hash(frozenset({1, 2, 3})) == hash(frozenset([3, 2, 1, 1])), hash(frozenset({1})) == hash(frozenset({True})))
