# With defaults the message says 'from N to M positional arguments'.
def f(a, b=2):
    return a
def g(a=1, b=2, c=3):
    return a
calls = [
    lambda: f(1, 2, 3),
    lambda: g(1, 2, 3, 4),
    lambda: f(1, 2, 3, 4, 5, 6),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
