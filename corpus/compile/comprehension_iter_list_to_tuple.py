# Comprehension iterables written as list/set literals become tuples/frozensets, including the inner ones.
def f(n):
    a = [x * 2 for x in [1, 2, 3]]
    b = {x for x in {4, 5}}
    c = [(x, y) for x in [n] for y in [7, 8]]
    d = list(x for x in [n, n])
    return a, sorted(b), c, d
print(f(0))
