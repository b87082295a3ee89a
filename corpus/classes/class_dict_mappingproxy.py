# A class __dict__ is a read-only mappingproxy; setattr on the class is the way to change it.
class A:
    x = 1
    def f(self):
        return 2

d = A.__dict__
print(type(d).__name__)
print([k for k in d if not k.startswith("__")])
try:
    d["y"] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["x"]
except TypeError as e:
    print(type(e).__name__, e)
A.y = 5
print(d["y"], "y" in d, d.get("missing", "default"))
del A.x
print("x" in d)
try:
    del A.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
