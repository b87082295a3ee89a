# Every parameter kind in one signature: positional-only with defaults, normal, *args, keyword-only, **kwargs.
def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    return (a, b, c, args, d, e, kw)
print(f(0, d=4))
print(f(0, 1, 2, 3, 4, d=5, e=6, z=7))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__defaults__, f.__kwdefaults__)
