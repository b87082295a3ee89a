# A class body nested in a function can use nonlocal to rebind the function's variable.
def f():
    x = "function"
    class C:
        nonlocal x
        x = "rebound in class"
        y = x
    return x, C.y, hasattr(C, "x")
print(f())
