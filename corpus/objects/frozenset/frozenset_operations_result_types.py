# Mixed set/frozenset operations return the type of the left operand; methods on frozenset return frozensets.
f = frozenset({1, 2})
s = {2, 3}
print(type(f | s).__name__, type(s | f).__name__, type(f & s).__name__, type(s - f).__name__, type(f ^ s).__name__)
print(f | s, f & s, f - s, f ^ s, s | f)
print(f.union([9]), f.intersection([1]), f.difference([1]), f.symmetric_difference([2, 5]), f.issubset([1, 2, 3]),
      f.issuperset([1]), f.isdisjoint([7]))
print(type(f.union()).__name__, f.union() is f, f.copy() is f, frozenset(f) is f, (f | frozenset()) is f)
