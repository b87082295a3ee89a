def gen(n):
    for i in range(n):
        yield i * i
    return "done"
print(list(gen(5)))
g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e)
def outer():
    r = yield from gen(3)
    print("r", r)
    yield 100
print(list(outer()))
print(sum(x for x in range(10)))
print([x*2 for x in range(4)])
class A:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"A({self.v!r})"
    def __eq__(self, o):
        return self.v == o.v
print(A(3), A(3) == A(3), [A("x")])
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
def f(a, b=2, *args, c, **kw):
    return a, b, args, c, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, z=6))
try:
    f()
except TypeError as e:
    print(e)
try:
    1/0
except ZeroDivisionError as e:
    print(repr(e))
finally:
    print("fin")
def rec(n):
    return rec(n + 1)
rec(0)
