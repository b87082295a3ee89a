# Missing one required positional argument, for functions, methods and lambdas.
def f(a):
    return a
def g(a, b):
    return a, b
class C:
    def m(self, x):
        return x
lam = lambda q: q
calls = [
    lambda: f(),
    lambda: g(1),
    lambda: g(b=2),
    lambda: C().m(),
    lambda: lam(),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
