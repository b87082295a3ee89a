# Missing keyword-only arguments: one, two ('x' and 'y') and three.
def f(*, x):
    return x
def g(a, *, x, y):
    return a
def h(*args, x, y, z, w=0):
    return args
calls = [
    lambda: f(),
    lambda: g(1),
    lambda: g(1, y=2),
    lambda: h(1, 2),
    lambda: h(w=1),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
