# not (a is b) becomes IS_OP 1, not (a in b) CONTAINS_OP 1; not (a == b) and chained forms are not inverted.
def f(a, b, c):
    r1 = not (a is b)
    r2 = not (a is not b)
    r3 = not (a in b)
    r4 = not (a not in b)
    r5 = not (a == b)
    r6 = not (a is b is c)
    return r1, r2, r3, r4, r5, r6
print(f(1, [1, 2], 1))
x = [1]
print(f(x, x, x))
