# Messages for properties without a setter, deleter or getter.
class A:
    @property
    def ro(self):
        return 1
    wo = property(None, lambda self, v: None)
    nothing = property()

a = A()
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except AttributeError as e:
        print(label, type(e).__name__, e)

attempt("set ro", lambda: setattr(a, "ro", 2))
attempt("del ro", lambda: delattr(a, "ro"))
attempt("get wo", lambda: a.wo)
attempt("set wo", lambda: setattr(a, "wo", 2))
attempt("get nothing", lambda: a.nothing)
attempt("del nothing", lambda: delattr(a, "nothing"))

class B(A):
    pass
attempt("set ro via subclass", lambda: setattr(B(), "ro", 2))

class Raising:
    @property
    def value(self):
        raise KeyError("inside getter")
try:
    Raising().value
except KeyError as e:
    print(type(e).__name__, e)
