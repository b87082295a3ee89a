# lambda with every parameter kind: positional-only, defaults, *args, keyword-only, **kwargs; trailing comma.
f = lambda a, b=1, /, c=2, *args, d, e=3, **kw: (a, b, c, args, d, e, kw)
print(f(0, d=4))
print(f(0, 1, 2, 3, d=4, x=5))
g = lambda: "no params"
h = lambda *, k: k
i = lambda x,: x
j = lambda *a, **k: (a, k)
print(g(), h(k=1), i(2), j(1, z=2), (lambda: (yield))().__class__.__name__)
