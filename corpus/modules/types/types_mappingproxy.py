# types.MappingProxyType is a read-only live view over a mapping.
import types

d = {"a": 1}
mp = types.MappingProxyType(d)
print(mp, mp["a"], len(mp), list(mp), "a" in mp, mp.get("z", 0))
d["b"] = 2
print(mp, mp.copy(), type(mp.copy()).__name__)
try:
    mp["c"] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    del mp["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(mp | {"z": 26}, type(mp | {"z": 26}).__name__)
print(mp == d, repr(types.MappingProxyType({})))
