# Subset/superset comparisons on sets are partial orders: neither a < b nor b < a nor a == b is possible.
a, b = {1, 2}, {2, 3}
print(a < b, a > b, a == b, a <= b, a >= b, sorted([{3}, {1}, {2}]), max({1}, {2}), min([{1, 2}, {1}]))
print({1} < {1, 2}, {1, 2} <= {1, 2}, set() < {0}, set() <= set(), {1} == frozenset({1}), {1} < frozenset({1, 2}))
print(a.issubset(a), a.issuperset(a), a.issubset(b | a), set().isdisjoint(set()), {1} != {1.0}, {0} == {False})
