# yield from a list or plain iterator: next() works, but send(non-None) needs a .send method (AttributeError).
def g():
    r = yield from [1, 2, 3]
    yield ("result", r)
print(list(g()))
gen = g()
next(gen)
try:
    gen.send("x")
except AttributeError as e:
    print("AttributeError:", e)
