# global and nonlocal in different nested functions affecting names with the same spelling.
x = "module"
def outer():
    x = "outer"
    def set_global():
        global x
        x = "set by global"
    def set_nonlocal():
        nonlocal x
        x = "set by nonlocal"
    set_global()
    before = x
    set_nonlocal()
    return before, x
print(outer(), x)
