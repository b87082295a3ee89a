# throw(Type) instantiates the exception; throw(instance) raises that very object, args preserved.
def g():
    while True:
        try:
            yield
        except Exception as e:
            yield (type(e).__name__, e.args)
gen = g()
next(gen)
print(gen.throw(KeyError))
next(gen)
err = ValueError("payload", 2)
print(gen.throw(err))
next(gen)
print(gen.throw(IndexError()))
