# slice objects are 56 bytes whether built by slice() or taken from a[i:j:k] via __getitem__.
import sys

class Grab:
    def __getitem__(self, key):
        return key

g = Grab()
s_call = slice(5)
s_full = slice(1, 10, 2)
s_none = slice(None)
s_syntax = g[1:2]
s_step = g[::3]
s_tuple = g[1:2, 3:4]
for name in ("s_call", "s_full", "s_none", "s_syntax", "s_step"):
    value = globals()[name]
    print(name, value, sys.getsizeof(value))
print("tuple of slices", sys.getsizeof(s_tuple), [sys.getsizeof(s) for s in s_tuple])
