# x += 1 for a local (LOAD_FAST/STORE_FAST), a global (LOAD_GLOBAL/STORE_GLOBAL), a cell, and at module level.
g = 0
def f():
    global g
    g += 1
    loc = 1
    loc <<= 3
    cell = 2
    def inner():
        nonlocal cell
        cell **= 2
    inner()
    return loc, cell
m = 5
m //= 2
print(f(), g, m)
