# Every plain co_* field of count_args (and its positional/keyword-only variants).
def count_args(a, b, c):
    x = a + b
    y = x + c
    return y

def count_args_kinds(a, /, b, *args, c, **kw):
    x = a + b
    return x + c

for fn in (count_args, count_args_kinds):
    co = fn.__code__
    print(co.co_name, co.co_qualname)
    print("  argcount", co.co_argcount, "posonly", co.co_posonlyargcount, "kwonly", co.co_kwonlyargcount)
    print("  nlocals", co.co_nlocals, "stacksize", co.co_stacksize, "flags", hex(co.co_flags))
    print("  varnames", co.co_varnames)
    print("  names", co.co_names, "consts", co.co_consts)
    print("  cellvars", co.co_cellvars, "freevars", co.co_freevars)
    print("  firstlineno", co.co_firstlineno, "filename", co.co_filename.rsplit("/", 1)[-1])
