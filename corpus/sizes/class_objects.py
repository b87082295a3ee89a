# Sizes of class objects: heap types are large and include cached shared-keys; static types are 416.
import sys

class Empty:
    pass

class WithMethods:
    def a(self):
        pass
    def b(self):
        pass

class WithInit:
    def __init__(self):
        self.x = 1
        self.y = 2

class Slotted:
    __slots__ = ("a", "b", "c")

class Child(WithInit):
    pass

class Meta(type):
    pass

class UsesMeta(metaclass=Meta):
    pass

for name in ("Empty", "WithMethods", "WithInit", "Slotted", "Child", "UsesMeta", "Meta"):
    value = globals()[name]
    print(name, sys.getsizeof(value))
instance = WithInit()
print("WithInit after an instance exists", sys.getsizeof(WithInit))
print("static types", sys.getsizeof(int), sys.getsizeof(object), sys.getsizeof(type), sys.getsizeof(dict))
