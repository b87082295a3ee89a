# throw() raises the exception at the paused yield; if caught, throw() returns the next yielded value.
def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", repr(e))
            yield "recovered"
gen = g()
print(next(gen))
print(gen.throw(ValueError("bad")))
print(next(gen))
print(gen.throw(ValueError))
