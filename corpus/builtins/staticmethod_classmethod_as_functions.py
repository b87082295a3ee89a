# staticmethod() and classmethod() used as plain functions, applied after class creation.
def helper(x):
    return x * 2

def maker(cls, v):
    return f"{cls.__name__}({v})"

class A:
    h = staticmethod(helper)
    m = classmethod(maker)

A.late_static = staticmethod(len)
A.late_class = classmethod(lambda cls: cls.__name__.lower())
print(A.h(3), A().h(4), A.m(1), A().m(2))
print(A.late_static("abc"), A.late_class(), A().late_class())
sm = staticmethod(helper)
cm = classmethod(maker)
print(sm(5), sm.__func__ is helper, cm.__func__ is maker, sm.__name__, cm.__doc__)
print(cm.__get__(None, A)(9), sm.__get__(None, A) is helper)
try:
    cm(1)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(staticmethod(helper)).startswith("<staticmethod("), isinstance(A.__dict__["h"], staticmethod))
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)
