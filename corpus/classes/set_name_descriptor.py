# __set_name__ is called on each attribute of a new class, in namespace order, after the class exists.
class Field:
    def __init__(self, label):
        self.label = label
    def __set_name__(self, owner, name):
        print("set_name", self.label, owner.__name__, name, "owner has it:", name in owner.__dict__)
        self.name = name

class Record:
    b = Field("first")
    a = Field("second")
    alias = a
    print("body done")

print(Record.a.name, Record.b.name)

f = Field("late")
Record.late = f
print(hasattr(f, "name"))

class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("metaclass __new__ start")
        cls = super().__new__(mcls, name, bases, ns)
        print("metaclass __new__ end")
        return cls

class Other(metaclass=Meta):
    x = Field("via-meta")
