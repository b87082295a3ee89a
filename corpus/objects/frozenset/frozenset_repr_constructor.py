# frozenset repr and construction: empty frozenset repr, nested frozensets, singleton empty instance, subclasses.
print(frozenset(), frozenset('aba'), frozenset([frozenset({1}), frozenset()]), frozenset({1: 2}), frozenset(range(3)))
print(frozenset() is frozenset(), frozenset([]) is frozenset(), frozenset(()) is frozenset())
class F(frozenset):
    pass
x = F([1, 2])
print(repr(x), repr(F()), type(x | {3}).__name__, frozenset(x) is x, type(frozenset(x)).__name__, F(x) is x)
for call in (lambda: frozenset(1), lambda: frozenset([[1]]), lambda: frozenset(1, 2), lambda: frozenset(iterable=[])):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
