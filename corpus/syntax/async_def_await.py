# async def and await, driven without asyncio via coroutine.send(None).
class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield "suspend"
        return self.v * got
async def inner(x):
    return await Ready(x)
async def outer():
    a = await inner(2)
    b = await inner(3)
    return a + b
coro = outer()
print(coro.send(None))
print(coro.send(10))
try:
    coro.send(100)
except StopIteration as e:
    print("result", e.value)
