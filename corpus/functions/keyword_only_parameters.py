# Parameters after * or *args are keyword-only; they may have defaults in any order.
def f(a, *, b, c=3, d):
    return a, b, c, d
def g(*args, sep="-", end):
    return sep.join(args) + end
print(f(1, b=2, d=4))
print(f(1, d=0, b=0, c=0))
print(g("x", "y", end="!"))
print(f.__kwdefaults__, f.__code__.co_kwonlyargcount)
