# Closures: creating and calling nested functions that read and write cells.
def make_adder(n):
    def add(x):
        return x + n
    return add

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

total = 0
inc = make_counter()
for i in range(600_000):
    total += make_adder(i)(1)
    inc()
print(total, inc())
