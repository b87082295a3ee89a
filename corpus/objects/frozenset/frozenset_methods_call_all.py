# Every frozenset method called with sets, lists and generators as arguments.
f = frozenset({1, 2, 3})
res = [f.copy(), f.difference({1}, [2]), f.intersection(range(2, 9), (3, 2)), f.isdisjoint(x for x in (7, 8)),
       f.issubset({1, 2, 3, 4}), f.issuperset(iter([1])), f.symmetric_difference('ab'), f.union({4}, [5], (6,))]
for r in res:
    print(type(r).__name__, r)
for call in (lambda: f.union(1), lambda: f.issubset(None), lambda: f.difference([[]])):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
