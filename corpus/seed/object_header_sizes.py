# The 16-byte PyObject header and the structs built on it, as seen through sys.getsizeof and __sizeof__.
import sys

class Plain:
    pass

values = [object(), None, 0, 1, 2**30, 1.5, 1j, [], (), {}, "", b"", Plain()]
for v in values:
    print(f"{type(v).__name__:<10} getsizeof={sys.getsizeof(v):<4} __sizeof__={v.__sizeof__()}")
print("object basicsize", object.__basicsize__, "float basicsize", float.__basicsize__)
print("list basicsize", list.__basicsize__, "tuple itemsize", tuple.__itemsize__, "int itemsize", int.__itemsize__)
