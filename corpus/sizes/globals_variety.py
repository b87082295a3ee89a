# A module with globals of many types, for the sizeof table; it prints a short type summary.
import sys

g_int = 12345678901234567890
g_neg = -1
g_bool = False
g_float = 2.5
g_complex = 1 + 1j
g_str = "global string"
g_ustr = "gl\u00f6bal"
g_bytes = b"\x00\x01"
g_bytearray = bytearray(b"ab")
g_list = [1, [2, 3]]
g_tuple = (1, "a", None)
g_dict = {"k": [1], 2: "v"}
g_set = {"x", "y"}
g_frozen = frozenset({1, 2, 3})
g_range = range(1, 10, 2)
g_slice = slice(1, None)
g_none = None
g_ellipsis = ...
g_type = type
g_func = print
g_lambda = lambda: None
g_module = sys
g_iter = iter([1, 2, 3])
g_gen = (i for i in range(2))
g_mv = memoryview(b"mv")
g_exc = RuntimeError("kept")

class GlobalClass:
    attr = 1

g_instance = GlobalClass()
names = [k for k in globals() if k.startswith("g_")]
print(len(names))
print(sorted({type(globals()[k]).__name__ for k in names}))
print(sum(sys.getsizeof(globals()[k]) for k in names))
