# Sets are unhashable (cannot be dict keys or set members), but frozensets are and compare equal to sets.
s = {1, 2}
for call in (lambda: hash(s), lambda: {s: 1}, lambda: {s}, lambda: frozenset([s])):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(set.__hash__ is None, {frozenset(s): 'ok'}, frozenset(s) == s, s in {frozenset({1, 2})}, hash(frozenset(s)) == hash(frozenset({2, 1})))
