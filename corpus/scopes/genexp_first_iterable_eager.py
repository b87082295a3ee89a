# A generator expression evaluates its first iterable immediately; everything else runs lazily at iteration.
def src(tag, n):
    print("evaluating", tag)
    return range(n)
g = (a * b for a in src("outer", 2) for b in src("inner", 2))
print("genexp created")
print(list(g))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("eager TypeError:", e)
