# vars() returns __dict__ (instances, classes as mappingproxy, modules); errors without __dict__.
import sys

class A:
    cls_attr = 1
    def __init__(self):
        self.a = 1

a = A()
v = vars(a)
v["b"] = 2
print(v, a.b, v is a.__dict__)
print(type(vars(A)).__name__, [k for k in vars(A) if not k.startswith("__")])
print(vars(sys) is sys.__dict__)
for bad in (5, "s", [], object()):
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
def f():
    x = 1
    return sorted(vars())
print(f())
try:
    vars(a, a)
except TypeError as e:
    print(type(e).__name__, e)
