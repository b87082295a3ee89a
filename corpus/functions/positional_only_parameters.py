# Parameters before / are positional-only: their names are free for **kwargs and cannot be passed by keyword.
def f(a, b=2, /, c=3, *, d=4):
    return a, b, c, d
def g(self, /, **kw):
    return self, kw
print(f(1), f(1, 5), f(1, 5, c=6), f(1, 5, 6, d=7))
print(g(0, self=1, other=2))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
