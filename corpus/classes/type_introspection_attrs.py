# Class introspection: __name__, __bases__, __base__, __mro__, __subclasses__(), type of types.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass

print(A.__bases__, D.__bases__, D.__base__)
print(object.__bases__, object.__base__, type.__bases__, type(type), type(object))
print([k.__name__ for k in A.__subclasses__()], B.__subclasses__(), D.__subclasses__())
print(bool.__mro__, int.__subclasses__()[0] is bool)
print(A.__name__, type(A.__name__).__name__, A.__class__ is type)
B.__name__ = "Renamed"
print(B, B.__qualname__)
try:
    B.__name__ = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__bases__ = (int,)
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y(X): pass
Y.__bases__ = (A,)
print(Y.__mro__)
