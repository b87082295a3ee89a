# Explicit super(type, obj) and super(type, type2) forms, and skipping classes in the MRO.
class A:
    def name(self):
        return "A.name"
    @classmethod
    def kind(cls):
        return "A.kind for " + cls.__name__

class B(A):
    def name(self):
        return "B.name"
    @classmethod
    def kind(cls):
        return "B.kind for " + cls.__name__

class C(B):
    def name(self):
        return "C.name"

c = C()
print(super(C, c).name())
print(super(B, c).name())
print(super(C, C).kind())
print(super(B, C).kind())
print(super(C, C).name(c))
s = super(B, c)
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
print(super(C, C).__self__ is C)
