# Infinite generators consumed partially: zip with a finite range, and a take() whose break drops the item it read.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(zip(range(5), fib())))
def take(n, it):
    out = []
    for v in it:
        if len(out) == n:
            break
        out.append(v)
    return out
nat = naturals()
print(take(3, nat), take(3, nat))
