# MATCH_CLASS errors: too many positional sub-patterns, and a non-class in a class pattern.
class A:
    __match_args__ = ("a",)
    a = 1
class B:
    pass
def f(v, cls):
    match v:
        case cls(x, y):
            return x, y
def g(v):
    match v:
        case B(z):
            return z
for call in (lambda: f(A(), A), lambda: f(A(), len), lambda: g(B())):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
