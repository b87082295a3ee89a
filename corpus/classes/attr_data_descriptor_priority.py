# Data descriptors on the type win over the instance __dict__; the instance dict entry is shadowed.
class Data:
    def __get__(self, obj, owner):
        if obj is None:
            return "class access"
        return "descriptor value"
    def __set__(self, obj, value):
        print("Data.__set__", value)
        obj.__dict__["d"] = value

class A:
    d = Data()

a = A()
a.d = 10
print(a.__dict__)
print(a.d)
a.__dict__["d"] = 99
print(a.d)
print(A.d)
print(getattr(a, "d"), vars(a)["d"])
