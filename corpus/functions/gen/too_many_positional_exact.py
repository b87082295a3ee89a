# 'takes N positional argument(s) but M were given' without defaults.
def f(a):
    return a
def g(a, b):
    return a
calls = [
    lambda: f(1, 2),
    lambda: g(1, 2, 3),
    lambda: g(1, 2, 3, 4, 5),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
