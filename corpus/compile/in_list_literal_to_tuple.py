# x in [a, b, c] compiles the list as a tuple (BUILD_TUPLE), and as a constant tuple when all items are constants.
def f(x, y):
    r1 = x in [1, 2, y]
    r2 = x in [1, 2, 3]
    r3 = x not in [y, y]
    r4 = x in [*y]
    r5 = [1, 2] == [x, y]
    return r1, r2, r3, r4, r5
print(f(2, [2]))
print(f(1, (5,)))
