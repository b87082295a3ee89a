# sys.intern returns the canonical string object; identity of interned vs constructed strings; errors.
import sys

a = "".join(["dyn", "amic", "_value"])
b = "".join(["dyn", "ami", "c_value"])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia is a)
lit = "literal_name"
print(sys.intern("literal_" + "name".strip()) is lit)
print(sys.intern("") == "")
try:
    sys.intern(1)
except TypeError as e:
    print("TypeError:", e)

class S(str):
    pass

try:
    sys.intern(S("sub"))
except TypeError as e:
    print("TypeError:", e)
