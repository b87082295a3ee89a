# An unknown keyword argument: 'got an unexpected keyword argument'.
def f(a):
    return a
def g(*args):
    return args
calls = [
    lambda: f(1, zz=2),
    lambda: g(a=1),
    lambda: f(a=1, b=2, c=3),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
