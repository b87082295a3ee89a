# __defaults__ and __kwdefaults__: None when absent, a tuple / dict otherwise, and writable.
def f(a, b=1, c=(2,)):
    return a, b, c
def g(*, k=5):
    return k
def h(x):
    return x
print(f.__defaults__, f.__kwdefaults__)
print(g.__defaults__, g.__kwdefaults__)
print(h.__defaults__, h.__kwdefaults__)
f.__defaults__ = (10, 20)
g.__kwdefaults__ = {"k": 50}
print(f(0), g())
f.__defaults__ = None
try:
    f(0)
except TypeError as e:
    print("TypeError:", e)
