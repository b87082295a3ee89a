# __instancecheck__ and __subclasscheck__ on a metaclass customise isinstance/issubclass.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("  __subclasscheck__", sub.__name__)
        return hasattr(sub, "quack")

class Duck(metaclass=DuckMeta):
    pass

class Robot:
    def quack(self):
        return "beep"

print(isinstance(Robot(), Duck))
print(isinstance(5, Duck))
print(issubclass(Robot, Duck))
print(issubclass(int, Duck))
print("exact type match:")
print(isinstance(Duck(), Duck))
print(isinstance(Robot(), (int, Duck)))

class NotMeta:
    def __instancecheck__(self, obj):
        return True
print(isinstance(5, NotMeta))
