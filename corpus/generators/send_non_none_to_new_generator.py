# The first send must be None: sending a value into a just-started generator raises TypeError.
def g():
    x = yield 1
    yield x
gen = g()
try:
    gen.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(gen.send(None), gen.send("now ok"))
