# send(v) resumes the generator with v as the value of the yield expression and returns the next yielded value.
def accumulator():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got
    return total
g = accumulator()
print(g.send(None))
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
