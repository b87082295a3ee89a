# repr of sets (set() for empty), set() from iterables, deduplication by equality+hash, and constructor errors.
print(set(), {1}, set('aab'), set([1, 1.0, True]), set({'k': 1}), set(range(3)), set(b'ab'), {(1, 2), (1, 2)})
print(repr(set()), repr({()}), str({None}), set(x % 3 for x in range(10)))
class S(set):
    pass
print(repr(S([1, 2])), repr(S()), type(S([1]) | {2}).__name__, type(S([1]).copy()).__name__)
for call in (lambda: set(1), lambda: set([[]]), lambda: set(1, 2), lambda: set(iterable=[])):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
r = set()
r.add(r.__class__.__name__)
print(r)
