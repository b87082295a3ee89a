# __module__ is set from the module's __name__ when the class body starts, and can be overridden.
class A:
    seen = __module__

class B:
    __module__ = "elsewhere"

def make():
    class C:
        pass
    return C

print(A.__module__, A.seen)
print(B.__module__)
print(make().__module__)
print(type("D", (), {}).__module__)
print(type("E", (), {"__module__": "custom"}).__module__)
print(repr(A), repr(B))
print(int.__module__, object.__module__)
