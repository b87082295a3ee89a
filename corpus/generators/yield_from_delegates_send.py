# Values sent into the outer generator are forwarded by yield from to the inner one.
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received
def wrapper():
    result = yield from echo()
    yield ("inner returned", result)
g = wrapper()
print(next(g), g.send("a"), g.send("b"), g.send("c"))
