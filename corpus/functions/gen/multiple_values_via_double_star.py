# A ** mapping that repeats a positional argument gives the same 'multiple values' error.
def f(a, b=0):
    return a
d = {'a': 5}
calls = [
    lambda: f(1, **d),
    lambda: f(*[1, 2], **{'b': 3}),
    lambda: f(**d),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
