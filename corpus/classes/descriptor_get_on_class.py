# Accessing a descriptor on the class calls __get__(None, owner); functions return themselves.
class Show:
    def __get__(self, obj, owner=None):
        return f"__get__(obj={type(obj).__name__}, owner={owner.__name__})"

class A:
    d = Show()
    def f(self):
        return "f"

class B(A):
    pass

print(A.d)
print(B.d)
print(A().d)
print(B().d)
func = A.__dict__["f"]
print(func.__get__(None, A) is func)
m = func.__get__(A(), A)
print(type(m).__name__, m())
print(A.__dict__["d"].__get__(None, B))
print(type(A.__dict__["d"]).__name__)
print(getattr(A, "d"), vars(A)["f"] is A.f)
