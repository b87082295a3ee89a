# __init_subclass__ runs for every base along the MRO only if each calls super().
class Root:
    def __init_subclass__(cls, **kw):
        print("Root hook for", cls.__name__, kw)
        super().__init_subclass__()

class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin hook for", cls.__name__, kw)
        super().__init_subclass__(**kw)

class Child(Mixin, Root, tag=1):
    pass

class Silent(Root):
    def __init_subclass__(cls, **kw):
        print("Silent hook for", cls.__name__, "(no super call)")

class Grandchild(Silent):
    pass

class Own(Root):
    def __init_subclass__(cls):
        print("Own hook for", cls.__name__)
print("defined Own")
class OwnChild(Own):
    pass
