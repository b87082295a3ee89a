# PEP 479: a StopIteration escaping a generator body becomes RuntimeError("generator raised StopIteration").
def g():
    yield 1
    raise StopIteration("explicit")
def h():
    it = iter([])
    yield next(it)
for fn in (g, h):
    try:
        print(list(fn()))
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__.args)
