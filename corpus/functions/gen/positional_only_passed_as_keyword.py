# Positional-only parameters passed by keyword are listed together.
def f(a, /):
    return a
def g(a, b, /, c):
    return a
calls = [
    lambda: f(a=1),
    lambda: g(a=1, b=2, c=3),
    lambda: g(1, b=2, c=3),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
