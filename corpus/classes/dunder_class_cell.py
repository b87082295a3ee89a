# Methods that use __class__ or super() get an implicit closure cell bound to the defining class.
class A:
    def which(self):
        return __class__
    def plain(self):
        return 1

class B(A):
    pass

print(B().which().__name__)
print(A.which.__code__.co_freevars, A.plain.__code__.co_freevars)
print(A.which.__closure__[0].cell_contents is A)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("has __classcell__:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)

class WithCell(metaclass=Meta):
    def f(self):
        return super()

class WithoutCell(metaclass=Meta):
    def f(self):
        return 1
