# Trailing commas are allowed in parameter lists and calls, including after *args and **kwargs.
def f(
    a,
    b=2,
    *args,
    c=3,
    **kw,
):
    return a, b, args, c, kw
print(f(1,))
print(f(
    1,
    2,
    3,
    c=4,
    d=5,
))
def g(*, k,):
    return k
print(g(k=1,))
