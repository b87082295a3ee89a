# lambda: a <lambda> code object with RETURN_VALUE, defaults via SET_FUNCTION_ATTRIBUTE 1, nested lambdas closing over.
f = lambda x, y=2: x * y
g = lambda: (lambda z: z + 1)
h = lambda *a, k=1, **kw: (a, k, kw)
print(f(3), g()(4), h(1, 2, k=3, m=4))
print(f.__name__, f.__qualname__, g().__qualname__)
