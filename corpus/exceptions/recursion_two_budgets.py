# CPython 3.13 keeps two recursion budgets: Python frames (sys.getrecursionlimit(), 1000) and
# native recursion (10000 units): repr/str/== of structures nested 9000 deep work, a __repr__
# or __eq__ recursing through Python frames stops near 1000 levels, each with its own message.
def nest(n, make):
    x = make(None)
    for _ in range(n):
        x = make(x)
    return x

for n in (900, 5000, 9000, 12000):
    l = nest(n, lambda x: [] if x is None else [x])
    for name, f in (("repr", repr), ("str", str), ("eq", lambda x: x == [x[0]]), ("lt", lambda x: x < [x[0]])):
        try:
            r = f(l)
            print(n, name, len(r) if isinstance(r, str) else r)
        except RecursionError as e:
            print(n, name, "RecursionError:", e)
    d = nest(n, lambda x: {} if x is None else {"k": x})
    try:
        print(n, "dict repr", len(repr(d)))
    except RecursionError as e:
        print(n, "dict repr RecursionError:", e)

class A:
    def __init__(self, inner):
        self.inner = inner
    def __repr__(self):
        return "A(" + repr(self.inner) + ")"
    def __eq__(self, other):
        return self.inner == other.inner
    __hash__ = None

for n in (300, 600, 990, 1100):
    a, b = nest(n, A), nest(n, A)
    for name, f in (("repr", lambda: len(repr(a))), ("eq", lambda: a == b)):
        try:
            print(n, name, f())
        except RecursionError as e:
            print(n, name, "RecursionError:", e)

def down(k):
    return [down(k - 1)] if k else []
for n in (500, 990, 1100):
    try:
        print(n, "frames", len(str(down(n))))
    except RecursionError as e:
        print(n, "frames RecursionError:", e)

try:
    eval("-" * 100000 + "1")
except MemoryError as e:
    print(type(e).__name__, e.args)

for n in (5000, 20000):
    t = nest(n, lambda x: int if x is None else (x,))
    for name, f in (("isinstance", lambda: isinstance(1, t)), ("issubclass", lambda: issubclass(bool, t))):
        try:
            print(n, name, f())
        except RecursionError as e:
            print(n, name, "RecursionError:", e)
