# A call with 31 positional arguments: over 30 the args are collected in a list and passed with CALL_FUNCTION_EX.
def f(*a):
    return sum(a)
def g(x):
    return f(x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
print(g(1))
