# With inlined comprehensions (PEP 709), locals() inside a list comprehension also shows the enclosing function's locals.
def f():
    outer_var = 1
    return [sorted(locals()) for _ in range(1)][0]
print(f())
def g():
    outer_var = 1
    return next(sorted(locals()) for _ in range(1))
print(g())
