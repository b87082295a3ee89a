# Three or more missing names are listed with commas and a final ', and'.
def f(a, b, c):
    return a
def g(a, b, c, d, e=5):
    return a
calls = [
    lambda: f(),
    lambda: g(),
    lambda: g(1),
    lambda: g(e=1),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
