# type.mro() computes the C3 linearisation as a new list; __mro__ is the tuple fixed at class
# creation; a metaclass may override mro() to change the order.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.mro()])
print(D.mro() == list(D.__mro__), D.mro() is D.mro(), type(D.mro()).__name__)
print(int.mro(), object.mro(), type.mro(type))
class Meta(type):
    def mro(cls):
        return [cls, object]
class E(B, metaclass=Meta): pass
print([k.__name__ for k in E.__mro__], [k.__name__ for k in type.mro(E)])
try:
    type.mro(5)
except TypeError as e:
    print('TypeError:', e)
try:
    D.mro(1)
except TypeError as e:
    print('TypeError:', e)
