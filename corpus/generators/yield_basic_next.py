# A generator yields values one at a time to next(); after the last one next() raises StopIteration.
def count_to(n):
    i = 1
    while i <= n:
        yield i
        i += 1
g = count_to(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(next(g, "default"), list(count_to(4)))
