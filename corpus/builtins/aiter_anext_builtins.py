# aiter()/anext() on an async generator, driven by hand with send(None) (no event loop needed).
async def agen():
    for i in range(3):
        yield i * 10

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended unexpectedly")

ag = agen()
it = aiter(ag)
print(it is ag, type(it).__name__)
print(run(anext(it)), run(anext(it)), run(anext(it)))
print(run(anext(it, "exhausted")))
try:
    run(anext(it))
except StopAsyncIteration as e:
    print(type(e).__name__, repr(e))

async def collect():
    return [x async for x in agen()]
print(run(collect()))
for bad in (lambda: aiter([1]), lambda: anext(iter([1]))):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
