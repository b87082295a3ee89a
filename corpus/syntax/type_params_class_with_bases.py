# A generic class with explicit bases and keywords: the type params are visible in the base list.
class Base:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
class Child[T](Base, flag=True):
    pass
print(Child.kw, [c.__name__ for c in Child.__mro__])
