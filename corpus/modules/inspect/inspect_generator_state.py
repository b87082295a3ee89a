# inspect.getgeneratorstate and getgeneratorlocals across a generator's life.
import inspect

def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield total

g = counter(3)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(next(g), inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(list(g))
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))

def me():
    yield inspect.getgeneratorstate(gen_self)

gen_self = me()
print(next(gen_self))
h = counter(5)
next(h)
h.close()
print(inspect.getgeneratorstate(h))
