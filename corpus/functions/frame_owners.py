# A running frame's code and namespaces stay alive while the only reference to its function
# goes away: the function is replaced, deleted from its class or dropped mid-call.
import gc


class C:
    def __init__(self):
        del C.__init__          # the class no longer holds the running __init__
        gc.collect()
        self.x = sum(range(5))

    @property
    def p(self):
        del C.p                 # nor the running getter
        gc.collect()
        return [i * i for i in range(4)]


c = C()
print(c.x, c.p, hasattr(C, "p"))


def make():
    def inner(n):
        global f
        f = None                # the caller's name for this function is rebound
        gc.collect()
        return n + len(inner.__name__)
    return inner


f = make()
print(f(10), f)


def gen(n):
    yield n
    yield n + 1


print(next((lambda: gen(7))()))      # a generator whose function was only in the call slot
g = (lambda k: gen(k))(3)
gc.collect()
print(list(g))

ns = {}
exec("def h():\n    return h.__code__.co_name\nr = h()\ndel h", ns)
print(ns["r"], sorted(k for k in ns if not k.startswith("__")))


class D:
    def m(self, k):
        D.m = None               # the bound method in the call slot keeps the function
        gc.collect()
        return k * 2


print(D().m(21), D.m)
