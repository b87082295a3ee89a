# class definitions: no bases, empty parentheses, several bases, keywords, star-args and **kwargs in bases.
class A: pass
class B(): pass
class C(A, B): pass
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw"] = kw
        return super().__new__(mcls, name, bases, ns)
bases = (A,)
opts = {"flag": 1}
class D(*bases, metaclass=Meta, **opts): pass
class E(B, *bases, extra=2, metaclass=Meta): pass
print([k.__name__ for k in C.__mro__], D.__bases__, D.kw, E.kw, E.__bases__)
