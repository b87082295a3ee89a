# yield inside expressions: assignment, arithmetic on (yield), augmented assignment, subscripts.
def gen():
    total = 0
    total += yield "a"
    x = (yield "b") * 2
    d = {}
    d[(yield "c")] = (yield "d")
    yield total, x, d
g = gen()
print(next(g), g.send(5), g.send(3), g.send("key"), g.send("value"))
