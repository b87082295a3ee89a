# An exception raised inside a generator propagates to the caller of next() and leaves the generator finished.
def g():
    yield 1
    raise ValueError("inside")
    yield 2
gen = g()
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
print(next(gen, "finished"), gen.gi_frame)
