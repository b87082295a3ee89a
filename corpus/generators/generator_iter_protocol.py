# A generator is its own iterator: iter(g) is g, and __next__ is next().
def g():
    yield from "xy"
gen = g()
print(iter(gen) is gen, gen.__next__(), next(gen))
print(hasattr(gen, "__iter__"), hasattr(gen, "send"), hasattr(gen, "__len__"))
