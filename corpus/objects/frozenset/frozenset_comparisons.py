# frozenset comparisons mirror set: subset ordering, equality with sets, no total order.
a, b = frozenset({1}), frozenset({1, 2})
print(a < b, a <= b, b > a, a == {1}, a != b, frozenset() < a, a < {1, 2}, {1} < b, sorted([b, a]))
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
