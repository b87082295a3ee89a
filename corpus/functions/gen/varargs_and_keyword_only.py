# With *args any number of positionals is fine, but required keyword-only args still are.
def f(*args, k):
    return args, k
def g(a, *args, k=1, **kw):
    return a, args, k, kw
calls = [
    lambda: f(1, 2),
    lambda: f(1, 2, k=3),
    lambda: g(),
    lambda: g(1, 2, 3, k=4, z=5),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
