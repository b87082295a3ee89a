# yield from delegates iteration and send(), and evaluates to the subgenerator's return value.
def sub():
    x = yield "sub first"
    yield f"sub got {x}"
    return "sub result"
def outer():
    result = yield from sub()
    yield f"outer got {result}"
    yield from [1, 2]
    yield from (c for c in "ab")
g = outer()
print(next(g), g.send("hello"), next(g), list(g))
