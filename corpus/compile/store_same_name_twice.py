# Two STORE_FASTs to the same local on one line: the first becomes POP_TOP.
def f():
    x, x = 1, 2
    y = y = 3
    return x, y
print(f())
