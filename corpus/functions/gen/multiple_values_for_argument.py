# 'got multiple values for argument' when a positional slot is also passed by keyword.
def f(a, b=0):
    return a
def g(x, *args):
    return x
calls = [
    lambda: f(1, a=2),
    lambda: f(1, 2, b=3),
    lambda: g(1, 2, x=3),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
