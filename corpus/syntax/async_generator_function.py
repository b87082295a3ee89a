# An async def containing yield is an async generator; drive it with asend(None).send(None).
async def agen():
    yield 1
    got = yield 2
    yield got * 10
g = agen()
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
print(type(g).__name__)
print(step(g.asend(None)), step(g.asend(None)), step(g.asend(4)))
try:
    g.asend(None).send(None)
except StopAsyncIteration:
    print("exhausted")
