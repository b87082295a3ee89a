# getsizeof = __sizeof__ + 16 for GC-tracked types (+16 more for managed-dict classes), + 0 otherwise.
import sys

class Plain:
    pass

samples = {
    "int": 1, "float": 1.0, "str": "s", "bytes": b"b", "None": None, "tuple": (1,), "list": [1],
    "dict": {1: 1}, "set": {1}, "frozenset": frozenset({1}), "function": lambda: 0, "instance": Plain(),
    "class": Plain, "type int": int, "range": range(3), "slice": slice(1), "complex": 1j,
}
for label, obj in samples.items():
    print(f"{label:<10} {sys.getsizeof(obj):>5} {type(obj).__sizeof__(obj):>5} {sys.getsizeof(obj) - type(obj).__sizeof__(obj):>3}")
