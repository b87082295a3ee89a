# Code after a while True loop with no break is unreachable and removed; the loop exits only through return.
def f(n):
    total = 0
    while True:
        total += n
        n -= 1
        if n == 0:
            return total
    total = -1
    return total
print(f(4))
