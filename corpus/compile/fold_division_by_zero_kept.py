# Folding that raises (1/0, 1 % 0, 2 ** -1 with ints is fine) leaves the BINARY_OP in place.
def f():
    return 1 / 0
def g():
    return 5 % 0
def h():
    return 2 ** -1
for fn in (f, g, h):
    try:
        print(fn.__name__, fn())
    except ZeroDivisionError as e:
        print(fn.__name__, "ZeroDivisionError:", e)
