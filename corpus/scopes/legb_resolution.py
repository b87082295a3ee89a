# LEGB: a name is found in the local, then enclosing, then global, then builtin scope.
x = "global x"
len_ = len
def outer():
    x = "enclosing x"
    def inner():
        x = "local x"
        return x
    def reader():
        return x
    return inner(), reader()
def glob():
    return x
def builtin():
    return len("abc"), abs(-2)
print(outer(), glob(), builtin())
