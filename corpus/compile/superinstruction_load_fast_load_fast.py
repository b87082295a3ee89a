# Two LOAD_FASTs on one line fuse into LOAD_FAST_LOAD_FAST (oparg = a<<4 | b) when both indices are < 16.
def f(a, b, c):
    return a + b + c
def g(a, b):
    return (b,
            a)
print(f(1, 2, 3), g(1, 2))
