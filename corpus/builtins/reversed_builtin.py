# reversed() on sequences, dicts and dict views, range; errors for unordered or one-shot iterables.
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")))
print(list(reversed(range(0, 10, 3))), list(reversed(b"xy")))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), r.__length_hint__(), list(r))
print(type(reversed(range(3))).__name__, type(reversed("ab")).__name__, type(reversed(d)).__name__)
for bad in ({1, 2}, iter([1]), (x for x in "a"), 5, frozenset()):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
lst = [1, 2, 3]
it = reversed(lst)
lst.append(4)
print(list(it))
