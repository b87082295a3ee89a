# nonlocal binds the nearest enclosing function scope that has the name, skipping ones that do not.
def a():
    v = "a"
    def b():
        def c():
            nonlocal v
            v = "set by c"
        c()
        return v
    r = b()
    return r, v
print(a())
def p():
    v = "p"
    def q():
        v = "q"
        def r():
            nonlocal v
            v = "r wrote q's"
        r()
        return v
    return q(), v
print(p())
