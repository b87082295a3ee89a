# True and 1, False and 0, 1 and 1.0 are separate co_consts entries although they compare equal.
def f():
    a = 1
    b = True
    c = 1.0
    d = 0
    e = False
    g = (1, True)
    h = (True, 1)
    return a, b, c, d, e, g, h
print(f())
print(f.__code__.co_consts)
