# The classic C3 example with six classes; __mro__ must follow the merge rule exactly.
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass

for cls in (A, B, C):
    print(cls.__name__, " ".join(k.__name__ for k in cls.__mro__))

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y): pass
class V(Z, W): pass
print("V", " ".join(k.__name__ for k in V.__mro__))
