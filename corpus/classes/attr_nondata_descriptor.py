# Non-data descriptors (only __get__) lose to the instance __dict__, as methods do.
class NonData:
    def __get__(self, obj, owner):
        return "from descriptor"

class A:
    nd = NonData()
    def method(self):
        return "method"

a = A()
print(a.nd, a.method())
a.nd = "from instance"
a.method = lambda: "instance lambda"
print(a.nd, a.method())
del a.nd, a.method
print(a.nd, a.method())

class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)

class B:
    s = SetOnly()

b = B()
print(type(b.s).__name__)
b.s = 1
b.__dict__["s"] = "dict wins without __get__"
print(b.s)
