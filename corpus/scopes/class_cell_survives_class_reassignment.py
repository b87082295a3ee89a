# The __class__ cell is fixed at class creation: rebinding the class name or obj.__class__ does not change it.
class A:
    def cls(self):
        return __class__.__name__
class B:
    def cls(self):
        return "B"
Orig = A
A = None
print(Orig().cls())
o = Orig()
o.__class__ = B
print(o.cls(), type(o).__name__, Orig.cls(o))
