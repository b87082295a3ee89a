# A function taking no arguments: '1 was given' versus '2 were given'.
def f():
    return 0
lam = lambda: 1
calls = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: lam(None),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
