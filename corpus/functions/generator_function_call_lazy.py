# Calling a generator function runs no code: the body starts at the first next().
def gen():
    print("body started")
    yield 1
    print("after first yield")
g = gen()
print("created", type(g).__name__)
print(next(g))
print(list(g))
