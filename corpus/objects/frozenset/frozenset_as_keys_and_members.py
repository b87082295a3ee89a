# frozensets are hashable: usable as dict keys and set members, and equal to sets with the same members.
d = {frozenset({1, 2}): 'a', frozenset(): 'empty'}
print(d[frozenset({2, 1})], d.get(frozenset()), frozenset({1, 2}) in d, {1, 2} in set(d))
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(s, len(s), frozenset({1}) == {1}, {1} == frozenset({1}))
try:
    d[{1, 2}]
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} in {frozenset({1, 2})}, {frozenset({3})} - {frozenset({3})})
