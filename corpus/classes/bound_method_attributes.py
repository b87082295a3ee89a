# Bound methods carry __self__ and __func__, compare equal by (self, func), and are new each access.
class A:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return f"A({self.tag!r})"
    def f(self):
        return self.tag
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__

a1, a2 = A(1), A(2)
m = a1.f
print(m(), m.__self__, m.__func__ is A.f, m.__name__, m.__qualname__)
print(repr(m))
print(a1.f is a1.f, a1.f == a1.f)
print(a1.f == a2.f, a1 == a2)
print(A.f is A.f, type(A.f).__name__, type(m).__name__)
g = m.__func__.__get__(a2)
print(g(), g.__self__)
unbound = A.f
print(unbound(a2))
print(a1.__init__.__self__ is a1)
print(type(len).__name__, len.__self__.__name__)
print(repr([].append)[:35])
