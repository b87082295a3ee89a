# With **kwargs a keyword named like a positional-only parameter is collected instead.
def f(a, /, **kw):
    return a, kw
def g(a, /, b):
    return a, b
calls = [
    lambda: f(1, a=2),
    lambda: f(a=2),
    lambda: g(1, a=2),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
