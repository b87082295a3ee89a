# Awaiting another coroutine runs it inline; only the innermost __await__ yield reaches the driver.
class Tick:
    def __await__(self):
        yield "tick"
async def leaf(n):
    await Tick()
    return n * 2
async def middle():
    x = await leaf(1)
    y = await leaf(2)
    return x + y
async def top():
    return await middle() + await leaf(10)
c = top()
ticks = 0
try:
    while True:
        assert c.send(None) == "tick"
        ticks += 1
except StopIteration as e:
    print("ticks", ticks, "result", e.value)
