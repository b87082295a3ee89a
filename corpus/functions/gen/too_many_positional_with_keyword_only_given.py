# Too many positionals while keyword-only args were passed adds '(and N keyword-only argument(s))'.
def f(a, *, k=0, m=0):
    return a
calls = [
    lambda: f(1, 2, k=1),
    lambda: f(1, 2, k=1, m=2),
    lambda: f(1, 2, 3),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
