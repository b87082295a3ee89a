# frozensets are hashable and usable as set elements and dict keys; sets are not.
groups = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(groups), frozenset({1, 2}) in groups, {1, 2} in groups)
index = {frozenset("ab"): "pair", frozenset(): "empty"}
print(index[frozenset("ba")], index[frozenset()], frozenset("ab") == {"a", "b"})
power = [frozenset()]
for x in [1, 2, 3]:
    power += [s | {x} for s in power]
print(len(power), sorted(sorted(s) for s in power))
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.add({2})
except TypeError as e:
    print(type(e).__name__, e)
fs = frozenset([1, 2, 3])
print(fs.union([4]), fs - {1}, fs.issubset(range(10)), fs.issuperset([1]), type(fs.copy()).__name__, fs.copy() is fs)
