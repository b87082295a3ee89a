# dict keys/items views are set-like and live; values views are not; their reprs and operators.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(len(k), list(v), ("d", 4) in i, "a" in k, 2 in v)
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(i & {("a", 1), ("b", 0)}, type(k & set()).__name__)
print(k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(v == v, list(v) == [1, 2, 3, 4], d.values() == d.values())
print(reversed(k).__class__.__name__, list(reversed(i)))
print(k.mapping["a"], type(k.mapping).__name__)
try:
    v | {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(k)
except TypeError as e:
    print(type(e).__name__, e)
