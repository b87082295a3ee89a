# A class statement and type(name, bases, ns) build equivalent classes.
class Base:
    def hello(self):
        return "hello from " + type(self).__name__

def method(self):
    return self.value * 2

Made = type("Made", (Base,), {"value": 21, "double": method})

class Written(Base):
    value = 21
    def double(self):
        return self.value * 2

for cls in (Made, Written):
    obj = cls()
    print(cls.__name__, cls.__qualname__, [b.__name__ for b in cls.__mro__])
    print(obj.double(), obj.hello())
print(type(Made) is type(Written) is type)
print(Made.__dict__["double"] is method)
