# The first iterable of a generator expression is evaluated immediately; the rest lazily.
def src(name):
    print("evaluating", name)
    return [1, 2]
g = (x + y for x in src("outer") for y in src("inner"))
print("created")
print(list(g))
try:
    (z for z in 5)
except TypeError as e:
    print("immediate:", e)
