# Equal constant tuples and strings share one co_consts slot; first use decides the index.
def f():
    a = (1, 2)
    b = "s"
    c = (1, 2)
    d = ((1, 2), "s")
    e = "s"
    return a, b, c, d, e
print(f())
print(f.__code__.co_consts)
print(f()[0] is f()[2])
