# throw() into a generator that has not started raises at its first line: no code in the body runs.
def g():
    print("body ran")
    yield 1
gen = g()
try:
    gen.throw(RuntimeError("early"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(gen, "closed"))
