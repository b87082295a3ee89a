# A metaclass's __new__ receives name, bases and namespace and can rewrite the class.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases])
        print("  keys:", [k for k in ns])
        ns["added"] = name.lower()
        return super().__new__(mcls, name, bases, ns)

class A(metaclass=Meta):
    x = 1
    def m(self):
        return self.x

class B(A):
    y = 2

print(type(A).__name__, type(B).__name__)
print(A.added, B.added)
print(isinstance(A, Meta), isinstance(A(), Meta))
print(Meta.__mro__)
