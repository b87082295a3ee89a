def f(a, b=1, *args, c, d=2, **kw) -> int:
    "doc"
    def g():
        nonlocal a
        a += 1
        return a
    return g() + b
lam = lambda x, *, y=3: x + y
@staticmethod
def h(): pass
