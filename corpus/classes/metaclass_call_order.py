# Order of metaclass __prepare__/__new__/__init__ and metaclass __call__ around instance creation.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("1 __prepare__", name)
        return {}
    def __new__(mcls, name, bases, ns):
        print("2 Meta.__new__", name)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("3 Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("4 Meta.__call__", cls.__name__, args)
        obj = super().__call__(*args)
        print("7 Meta.__call__ done")
        return obj

print("before class")
class A(metaclass=Meta):
    print("  body of A")
    def __new__(cls, *args):
        print("5 A.__new__", args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("6 A.__init__", args)

a = A(1, 2)
print(type(a).__name__)
