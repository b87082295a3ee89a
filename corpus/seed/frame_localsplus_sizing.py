# "5 locals and max stack depth 4": co_nlocals and co_stacksize that size a frame's localsplus array.
def five_locals(a, b, c, d, e):
    return [a, b, (c, d, e)]

def five_locals_deep(a, b, c, d, e):
    return a + (b * (c - (d / e)))

def with_cells(a, b):
    def inner():
        return a + b
    return inner

for fn in (five_locals, five_locals_deep, with_cells, with_cells(1, 2)):
    co = fn.__code__
    slots = co.co_nlocals + len(co.co_cellvars) + len(co.co_freevars)
    print(co.co_qualname, "nlocals", co.co_nlocals, "cells", co.co_cellvars, "free", co.co_freevars,
          "stacksize", co.co_stacksize, "slot bytes", (slots + co.co_stacksize) * 8)
print(five_locals(1, 2, 3, 4, 5), five_locals_deep(1, 2, 3, 4, 2), with_cells(1, 2)())
