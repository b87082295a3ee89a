# C3 linearisation of a diamond, and which method each lookup resolves to.
class A:
    def who(self):
        return "A"
    def only_a(self):
        return "A.only_a"

class B(A):
    def who(self):
        return "B"

class C(A):
    def who(self):
        return "C"
    def only_a(self):
        return "C.only_a"

class D(B, C):
    pass

class E(C, B):
    pass

print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in E.__mro__])
print(D().who(), D().only_a())
print(E().who(), E().only_a())
print([k.__name__ for k in D.mro()], type(D.mro()).__name__, type(D.__mro__).__name__)
print(D.__bases__ == (B, C), D.__base__.__name__)
