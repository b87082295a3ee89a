# TypeError messages produced by argument binding for Python functions.
def f(a, b, /, c, *, d, e=5):
    pass

def g(x, *args, y=1, **kw):
    pass

class K:
    def m(self, a):
        pass

tests = [
    ("f()", lambda: f()),
    ("f(1)", lambda: f(1)),
    ("f(1, 2, 3)", lambda: f(1, 2, 3)),
    ("f(1, 2, 3, 4, d=1)", lambda: f(1, 2, 3, 4, d=1)),
    ("f(a=1, b=2, c=3, d=4)", lambda: f(a=1, b=2, c=3, d=4)),
    ("f(1, 2, 3, d=4, z=0)", lambda: f(1, 2, 3, d=4, z=0)),
    ("f(1, 2, 3, c=3, d=4)", lambda: f(1, 2, 3, c=3, d=4)),
    ("g()", lambda: g()),
    ("g(1, x=2)", lambda: g(1, x=2)),
    ("K().m()", lambda: K().m()),
    ("K().m(1, 2)", lambda: K().m(1, 2)),
    ("f(*1)", lambda: f(*1)),
    ("f(**[])", lambda: f(**[])),
    ("g(1, **{1: 2})", lambda: g(1, **{1: 2})),
    ("g(1, y=1, **{'y': 2})", lambda: g(1, y=1, **{"y": 2})),
    ("(lambda: 0)(1)", lambda: (lambda: 0)(1)),
]
for src, fn in tests:
    try:
        fn()
        print(src, "ok")
    except TypeError as e:
        print(f"{src:24} {e}")
