# A bare '*' makes following parameters keyword-only; a kw-only without default may follow one with a default.
def f(a, *, b=1, c):
    return a, b, c
print(f(0, c=2))
try:
    f(0, 1, 2)
except TypeError as e:
    print(e)
def g(*, only): return only
print(g(only="k"))
