# A lambda containing yield is a generator function; return with a value inside a generator.
g = lambda: (yield 1)
it = g()
print(next(it))
def gen():
    yield 1
    return "returned"
try:
    it2 = gen(); next(it2); next(it2)
except StopIteration as e:
    print("StopIteration value:", e.value)
