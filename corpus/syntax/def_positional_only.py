# Positional-only parameters: a keyword with the same name goes into **kwargs instead.
def f(a, b, /, **kw):
    return a, b, kw
def g(x, /): return x
print(f(1, 2, a=3, b=4))
print(g(5))
try:
    g(x=1)
except TypeError as e:
    print(e)
