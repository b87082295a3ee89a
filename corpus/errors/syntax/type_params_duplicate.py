# The same type parameter twice (symtable error): "duplicate type parameter 'T'".
def f[T, T]():
    pass
