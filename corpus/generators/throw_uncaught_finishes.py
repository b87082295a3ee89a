# An exception thrown in and not caught propagates out of throw() and finishes the generator.
def g():
    yield 1
    yield 2
gen = g()
next(gen)
try:
    gen.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(gen.gi_frame, next(gen, "exhausted"))
