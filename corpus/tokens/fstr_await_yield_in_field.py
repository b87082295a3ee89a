# yield inside an f-string field of a generator.
def gen():
    got = yield "first"
    yield f"got {(yield got)}!"
g = gen()
print(next(g))
print(g.send("A"))
print(g.send("B"))
