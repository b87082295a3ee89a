# __name__ and __qualname__ of module functions, nested functions, methods, lambdas and nested classes.
def top():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
class C:
    def m(self):
        return lambda: 0
    class D:
        def n(self):
            pass
lam = lambda: 0
for fn in (top, top(), top()(), C.m, C().m(), C.D.n, lam):
    print(fn.__name__, fn.__qualname__, fn.__code__.co_qualname)
