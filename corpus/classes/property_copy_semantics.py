# property.setter/getter/deleter return new property objects; the original stays unchanged.
def get_x(self):
    return "x"

def set_x(self, v):
    print("setting", v)

base = property(get_x, doc="the x")
with_setter = base.setter(set_x)
print(base is with_setter, base.fset, with_setter.fset is set_x)
print(base.__doc__, with_setter.__doc__)

class A:
    x = with_setter
    y = base

a = A()
a.x = 1
try:
    a.y = 1
except AttributeError as e:
    print(e)

class B:
    @property
    def v(self):
        "getter doc"
        return 1
print(B.v.__doc__)
print(B.v.__name__ if hasattr(B.v, "__name__") else "no name")
p = property(lambda self: 2)
print(p.__doc__, p.fget(None))
