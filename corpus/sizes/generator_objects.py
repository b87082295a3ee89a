# Generator and coroutine objects embed their frame, so their size follows locals and stack depth.
import sys

def gen0():
    yield 1

def gen_locals(a, b, c, d, e, f, g):
    x = [a, b, c, (d, e, (f, g))]
    yield x

def gen_closure():
    v = 1
    def inner():
        return v
    yield inner

async def coro():
    pass

g0 = gen0()
g7 = gen_locals(1, 2, 3, 4, 5, 6, 7)
gc_ = gen_closure()
genexp = (x for x in range(3))
print("gen0", sys.getsizeof(g0), gen0.__code__.co_nlocals, gen0.__code__.co_stacksize)
print("gen_locals", sys.getsizeof(g7), gen_locals.__code__.co_nlocals, gen_locals.__code__.co_stacksize)
print("gen_closure", sys.getsizeof(gc_))
print("genexp", sys.getsizeof(genexp))
next(g0)
print("after next", sys.getsizeof(g0))
c = coro()
print("coroutine", sys.getsizeof(c))
c.close()
