# A nested function's parameter shadows the enclosing variable of the same name; the outer one is untouched.
def outer(x):
    def inner(x):
        x = x + 1
        return x
    return inner(x * 10), x
print(outer(1))
def outer2():
    y = "outer"
    def inner(y=y):
        return y
    y = "changed"
    return inner(), inner("arg")
print(outer2())
