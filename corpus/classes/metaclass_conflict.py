# Bases with unrelated metaclasses raise a metaclass conflict; a common sub-metaclass fixes it.
class M1(type):
    pass

class M2(type):
    pass

class A(metaclass=M1):
    pass

class B(metaclass=M2):
    pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class M3(M1, M2):
    pass

class C(A, B, metaclass=M3):
    pass

print(type(C).__name__, [k.__name__ for k in type(C).__mro__])

class D(A, metaclass=type):
    pass
print(type(D).__name__)
