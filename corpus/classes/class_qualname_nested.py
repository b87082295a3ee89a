# __qualname__ of nested classes, classes in functions (<locals>) and methods.
class Outer:
    class Inner:
        class Deepest:
            def meth(self):
                pass
    def method(self):
        class Local:
            pass
        return Local

def factory():
    class Made:
        def g(self):
            pass
    return Made

print(Outer.__qualname__, Outer.__name__)
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest.meth.__qualname__)
print(Outer().method().__qualname__)
print(factory().__qualname__, factory().g.__qualname__)
print(repr(Outer.Inner))
Outer.Inner.__qualname__ = "Renamed"
print(repr(Outer.Inner), Outer.Inner.__name__)
try:
    Outer.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
