# Three levels of yield from: return values travel up one level at a time.
def level3():
    yield "l3"
    return 3
def level2():
    r = yield from level3()
    yield "l2 got %d" % r
    return r * 10
def level1():
    r = yield from level2()
    yield "l1 got %d" % r
    return r * 10
g = level1()
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)
