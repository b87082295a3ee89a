# Only parameters without defaults are reported missing; keywords can fill any of them.
def f(a, b, c=3, d=4):
    return a, b, c, d
calls = [
    lambda: f(),
    lambda: f(c=1),
    lambda: f(1, d=0),
    lambda: f(b=2, a=1),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
