# Selected __code__ fields: argument counts, varnames order, flags for *args/**kwargs/generator, name, firstlineno.
def f(a, b, /, c, *args, d, e=1, **kw):
    x = 1
    y = x
    return y
def g():
    yield 1
c = f.__code__
print(c.co_name, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals)
print(c.co_varnames)
print(c.co_firstlineno, c.co_flags & 0x04 != 0, c.co_flags & 0x08 != 0, c.co_flags & 0x20 != 0)
print(g.__code__.co_flags & 0x20 != 0, g.__code__.co_varnames, g.__code__.co_argcount)
print(c.co_names, c.co_cellvars, c.co_freevars)
