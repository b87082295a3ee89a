# nonlocal rebinding an enclosing function's variables, through two levels.
def outer():
    a = 1
    b = 2
    def mid():
        nonlocal a
        def inner():
            nonlocal a, b
            a += 10
            b += 20
        inner()
        a += 100
    mid()
    return a, b
print(outer())
