# A 'global' declaration in an inner function bypasses an enclosing function's variable of the same name.
v = "global v"
def outer():
    v = "enclosing v"
    def inner():
        global v
        v = "written by inner"
        return v
    def reader():
        return v
    return inner(), reader()
print(outer(), v)
