# 0.0 and -0.0 (and 0j, -0j) are distinct constants although they compare equal; 0 and 0.0 too.
def f():
    a = 0.0
    b = -0.0
    c = 0
    d = 0j
    e = -0j
    g = (0.0, -0.0)
    h = (-0.0, 0.0)
    return a, b, c, d, e, g, h
print(f())
print(f.__code__.co_consts)
print(0.0 == -0.0, (0.0, -0.0) == (-0.0, 0.0))
