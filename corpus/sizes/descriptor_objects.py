# Sizes of staticmethod, classmethod, property and the descriptors built-in types expose.
import sys

def f(self):
    return 1

sm = staticmethod(f)
cm = classmethod(f)
prop = property(f)
prop_full = property(f, f, f, "doc")
method_desc = str.upper
wrapper_desc = object.__init__
getset = type.__dict__["__name__"]
member = type.__dict__["__basicsize__"]
for name in ("sm", "cm", "prop", "prop_full", "method_desc", "wrapper_desc", "getset", "member"):
    value = globals()[name]
    print(name, type(value).__name__, sys.getsizeof(value))
