# Tuples of constants fold bottom-up; a non-constant item anywhere keeps BUILD_TUPLE for that level only.
def f(x):
    a = ((1, 2), (3, (4, 5)), "s")
    b = ((1, 2), (3, x))
    c = (x, (1, 2))
    return a, b, c
print(f(9))
