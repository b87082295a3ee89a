# tuple methods and lexicographic comparison of sequences, including mixed lengths and types.
t = (3, 1, 3, "x", None)
print(t.count(3), t.index(3), t.index(3, 1), t.count(None), len(t), t[1:4], t[::-1])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9, 9), (1, "a") < (1, "b"))
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, [2]) == (1, [2]), (1, 2) != (1, 2))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1, "a") < (2, 1), (1, float("nan")) == (1, float("nan")))
a, *rest = (1, 2, 3)
print(a, rest, type(rest).__name__)
nested = ((1, 2), (3, 4))
print([x for pair in nested for x in pair], max(nested), sorted(nested, reverse=True))
print(tuple(x * 2 for x in range(3)), (1,) * 2, (1, 2) + (3,), 3 in (1, 2, 3))
print(hash((1, 2)) == hash((1, 2)), (1, 2).__len__(), tuple.__name__)
