# A generator function starts with RETURN_GENERATOR; POP_TOP before RESUME, and yields use YIELD_VALUE/RESUME 5.
def gen(n):
    yield n
    x = yield n + 1
    yield x
g = gen(1)
print(next(g), next(g), g.send("sent"))
print(gen.__code__.co_flags & 0x20 != 0)
