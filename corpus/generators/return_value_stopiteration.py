# return v in a generator becomes StopIteration(v).value; for-loops and list() discard it.
def g():
    yield 1
    return "the value"
def h():
    return
    yield
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
try:
    next(h())
except StopIteration as e:
    print(repr(e.value), e.args)
print(list(g()))
