# A generator's return inside try/finally: finally runs before StopIteration reaches the caller; a yield in finally still pauses.
def g():
    try:
        yield 1
        return "from try"
    finally:
        print("finally runs")
        yield "yielded in finally"
gen = g()
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value)
