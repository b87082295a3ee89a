# x in {1, 2, 3} uses a frozenset constant; a set with a non-constant item is built with BUILD_SET.
def f(x, y):
    a = x in {1, 2, 3}
    b = x not in {4, 5}
    c = x in {1, y}
    d = x in {1}
    return a, b, c, d
print(f(1, 9))
print(f(5, 5))
