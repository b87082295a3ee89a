# throw() on the outer generator is forwarded into the inner one, which may handle it and keep yielding.
def inner():
    while True:
        try:
            yield "working"
        except ValueError as e:
            yield "inner handled " + str(e)
def outer():
    try:
        yield from inner()
    except KeyError:
        yield "outer handled KeyError"
g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
print(g.throw(KeyError("k")))
