# 3.13 suggests a close parameter name: ". Did you mean 'value'?"
def f(value, count=1):
    return value
def g(*, verbose=False):
    return verbose
calls = [
    lambda: f(vaule=1),
    lambda: f(1, cuont=2),
    lambda: g(verbos=True),
    lambda: g(xyz=1),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
