# 3.13: if a generator returns a value while handling GeneratorExit, close() returns that value.
def g():
    total = 0
    try:
        while True:
            total += yield
    except GeneratorExit:
        return total
gen = g()
next(gen)
for v in (1, 2, 3):
    gen.send(v)
print(gen.close())
print(gen.close())
