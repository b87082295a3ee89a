# yield from compiles to GET_YIELD_FROM_ITER, a SEND/YIELD_VALUE loop with END_SEND, and CLEANUP_THROW.
def inner():
    x = yield 1
    yield x
    return "inner result"
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
g = outer()
print(next(g), g.send("s"), next(g))
