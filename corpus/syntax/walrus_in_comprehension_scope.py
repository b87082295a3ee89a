# A walrus inside a comprehension binds in the enclosing scope (function or module), not the comprehension.
def f(values):
    hits = [last := v for v in values if v > 1]
    return hits, last
print(f([1, 2, 3]))
running = 0
sums = [running := running + x for x in range(5)]
print(sums, running)
print(any((found := w).startswith("b") for w in ["apple", "banana", "cherry"]), found)
