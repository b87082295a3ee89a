# Argument errors from set methods.
s = {1}
for call in (lambda: s.add(), lambda: s.add(1, 2), lambda: s.remove(), lambda: s.pop(1), lambda: s.clear(1), lambda: s.copy(1),
             lambda: s.issubset(), lambda: s.issubset(1), lambda: s.isdisjoint(None), lambda: s.union(1), lambda: s.update(5),
             lambda: s.difference([[]]), lambda: set.add(frozenset(), 1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
