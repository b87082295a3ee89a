# f(**{1: 2}) raises 'keywords must be strings'.
def f(**k):
    return k
def g(a):
    return a
calls = [
    lambda: f(**{1: 2}),
    lambda: g(**{(1,): 2}),
    lambda: f(**{'ok-key': 1}),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
