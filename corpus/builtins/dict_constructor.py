# dict() from mappings, pair iterables and keywords; duplicate keys keep the last value, first position.
print(dict(), dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict({"x": 1}, y=2))
print(dict([("k", 1), ("k", 2)]), dict({"a": 1}, a=3), dict(zip("ab", [1, 2])))
print(dict(["ab", "cd"]), dict([[1, 2]]), dict([(1, 2), (1.0, 3), (True, 4)]))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict.fromkeys(range(0)))
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), {**d, "a": 0, "z": 9}, d | {"a": -1})
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()), {**Mapping()})
tests = [
    lambda: dict([1, 2]),
    lambda: dict([(1, 2, 3)]),
    lambda: dict(["abc"]),
    lambda: dict(5),
    lambda: dict([([], 1)]),
    lambda: dict({}, {}),
    lambda: {**[1]},
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
