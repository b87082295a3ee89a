# Implicit special-method calls look on the type, bypassing instance attributes and __getattribute__.
class C:
    def __len__(self):
        return 1
    def __getattribute__(self, name):
        print("  __getattribute__", name)
        return object.__getattribute__(self, name)

c = C()
c.__len__ = lambda: 99
print(len(c))
print(c.__len__())

class D:
    pass
d = D()
d.__str__ = lambda: "instance __str__"
d.__repr__ = lambda: "instance __repr__"
print(str(d).startswith("<__main__.D object"))
D.__str__ = lambda self: "patched on class"
print(str(d))
D.__len__ = lambda self: 5
print(len(d))
del D.__len__
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
