# type.mro() returns the C3 linearisation as a new list; __mro__ is the same order as a tuple.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass

m = D.mro()
print([k.__name__ for k in m])
print(type(m).__name__, m == list(D.__mro__), m is D.mro())
print([k.__name__ for k in int.mro()], [k.__name__ for k in bool.mro()])
print(type.mro(D) == m, [k.__name__ for k in type.mro(type)])
