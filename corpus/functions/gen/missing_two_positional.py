# Two missing positional arguments are listed as 'a' and 'b'.
def f(a, b):
    return a
def g(a, b, c):
    return a
calls = [
    lambda: f(),
    lambda: g(1),
    lambda: g(c=3),
    lambda: g(b=2),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
