# isinstance/issubclass across builtin types, including bool/int, None, and abstract-free tuples.
vals = [0, True, 1.0, 1j, "s", b"b", [], (), {}, set(), None, range(1), len, int]
kinds = (int, float, str, bytes, list, tuple, dict, set, type(None), type, object)
for v in vals:
    print(f"{v!r:22}", [k.__name__ for k in kinds if isinstance(v, k)])
print(issubclass(bool, (str, int)), issubclass(type, object), issubclass(object, type))
print(isinstance(int, type), isinstance(type, object), issubclass(bool, bool))
try:
    issubclass(True, int)
except TypeError as e:
    print(type(e).__name__, e)
