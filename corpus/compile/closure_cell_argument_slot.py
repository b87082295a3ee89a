# A parameter captured by a closure shares its slot: MAKE_CELL on the argument index, no extra local.
def f(a, b, c):
    def g():
        return a + c
    return g
code = f.__code__
print(code.co_varnames, code.co_cellvars, code.co_nlocals)
print(f(1, 2, 3)())
