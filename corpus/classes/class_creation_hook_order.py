# Class creation order: body, metaclass __new__ (which calls __set_name__ then __init_subclass__), metaclass __init__.
class Field:
    def __set_name__(self, owner, name):
        print("4 __set_name__", name)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("3 Meta.__new__ enter", name, kw)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print("6 Meta.__new__ exit")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("7 Meta.__init__", kw)
        super().__init__(name, bases, ns)

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("5 __init_subclass__", cls.__name__, kw)

def deco(cls):
    print("8 decorator", cls.__name__)
    return cls

print("1 before")
@deco
class Child(Base, option=1):
    print("2 body")
    f = Field()
    g = Field()
print("9 after")
