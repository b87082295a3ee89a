# When both kinds are missing only the positional ones are reported.
def f(a, *, k):
    return a
def g(a, b=1, *, k, m=2):
    return a
calls = [
    lambda: f(),
    lambda: f(k=1),
    lambda: f(1),
    lambda: g(),
    lambda: g(1, 2),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
