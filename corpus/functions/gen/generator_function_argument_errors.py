# A generator function checks its arguments at call time, before any generator exists.
def gen(a):
    yield a
async def co(a):
    return a
calls = [
    lambda: gen(),
    lambda: gen(1, 2),
    lambda: co(b=1),
    lambda: next(gen(7)),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
