# f(**x) with a non-mapping x: 'argument after ** must be a mapping, not list'.
def f(**k):
    return k
calls = [
    lambda: f(**[1]),
    lambda: f(**None),
    lambda: f(**[('a', 1)]),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
