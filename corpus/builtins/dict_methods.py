# dict methods: get/setdefault/pop/popitem (LIFO)/update forms/copy; insertion order after delete and re-add.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("z", "dflt"), d.popitem(), d)
d["b"] = 20
d["a"] = 10
print(d, list(d))
del d["a"]
d["a"] = 100
print(list(d.items()))
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
c = d.copy()
c["new"] = 0
print(len(d), len(c), c is d)
e = {}
try:
    e.popitem()
except KeyError as err:
    print(type(err).__name__, err)
try:
    d.update(1)
except TypeError as err:
    print(type(err).__name__, err)
print({}.get("k", []), dict.fromkeys("ab", 0), {1: "a"} == {1.0: "a"}, {1: 2} | {1: 3})
d.clear()
print(d)
