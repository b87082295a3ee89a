# The value of 'yield from' is the delegated generator's return value; inner yields pass straight through.
def inner(tag):
    yield tag + "1"
    yield tag + "2"
    return tag.upper()
def outer():
    a = yield from inner("a")
    b = yield from inner("b")
    yield (a, b)
print(list(outer()))
