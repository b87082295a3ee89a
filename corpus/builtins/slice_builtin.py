# slice objects: attributes, repr, equality, indices() normalisation, and use in subscripts.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None), slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(-100, 100).indices(4))
print(slice(None, None, -2).indices(6), slice(10, 0, -3).indices(8))
print(list(range(10))[s], "abcdefgh"[slice(None, None, -3)], (1, 2, 3)[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3))
print(hash(slice(1, 2)) == hash(slice(1, 2)))
lst = list(range(6))
lst[slice(0, 6, 2)] = ["a", "b", "c"]
print(lst)
del lst[slice(None, None, 2)]
print(lst)
for bad in (lambda: slice(), lambda: slice(1, 2, 0).indices(5), lambda: slice(1, 2, 3, 4),
            lambda: slice("a", "b").indices(3), lambda: [1, 2][slice(1.5)]):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(slice("a", "b"), [1, 2, 3][slice(None, 2)])
