# gc.is_tracked: atomic objects are untracked; containers are tracked; tuples of atomics get untracked by a collection.
import gc

class Plain:
    pass

samples = [
    ("int", 1), ("str", "s"), ("float", 1.0), ("None", None), ("bytes", b"x"),
    ("empty list", []), ("list", [1, 2]), ("empty dict", {}), ("dict of ints", {"a": 1}),
    ("dict holding list", {"a": []}), ("set", {1}), ("instance", Plain()), ("class", Plain),
    ("builtin", len), ("lambda", lambda: 0),
]
for label, obj in samples:
    print(f"{label:<18} {gc.is_tracked(obj)}")
t = tuple([1, 2, 3])
u = tuple([1, [2]])
print("tuple before collect:", gc.is_tracked(t), gc.is_tracked(u))
gc.collect()
print("tuple after collect:", gc.is_tracked(t), gc.is_tracked(u))
