# Module objects are 72 bytes; their namespace dict is a separate object.
import sys

mod = type(sys)("fresh_module")
mod_doc = type(sys)("documented", "A docstring.")
print("sys", sys.getsizeof(sys))
print("fresh", sys.getsizeof(mod), "dict", sys.getsizeof(vars(mod)), len(vars(mod)))
for i in range(10):
    setattr(mod, "v%d" % i, i)
print("after 10 attributes", sys.getsizeof(mod), "dict", sys.getsizeof(vars(mod)), len(vars(mod)))
print("documented", sys.getsizeof(mod_doc))
this_module = sys.modules[__name__]
print("this module", sys.getsizeof(this_module))
