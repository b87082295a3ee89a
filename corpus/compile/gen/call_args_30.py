# A call with 30 positional arguments: plain CALL 30.
def f(*a):
    return sum(a)
def g(x):
    return f(x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
print(g(1))
