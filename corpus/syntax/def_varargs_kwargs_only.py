# Signatures with only *args, only **kwargs, both, and bare '*' followed by **kwargs.
def a(*args): return args
def b(**kw): return kw
def c(*args, **kw): return args, kw
def d(*, k, **rest): return k, rest
print(a(1, 2), b(x=1), c(1, y=2), d(k=0, z=1))
print(a.__code__.co_flags & 0x0C, b.__code__.co_argcount, d.__code__.co_kwonlyargcount)
