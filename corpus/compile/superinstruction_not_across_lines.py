# LOAD_FAST pairs on different lines are not fused; a store on one line and a load on the next are not either.
def f(a, b):
    c = a
    d = b
    return (a +
            b), c + d
print(f(3, 4))
