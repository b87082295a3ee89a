# Forms of yield: bare yield (None), yield of a tuple, yield as a call argument, and a yield inside an expression.
def g():
    a = yield
    b = yield 1, 2
    c = yield (yield a)
    print("values", a, b, c)
    yield str((yield "inner"))
gen = g()
print(next(gen))
print(gen.send("A"))
print(gen.send("B"))
print(gen.send("C"))
print(gen.send("D"))
print(gen.send("E"))
