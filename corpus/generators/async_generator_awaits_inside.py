# An async generator can await: the suspension from the awaited object reaches the driver before the value.
class Tick:
    def __await__(self):
        yield "tick from await"
async def agen():
    await Tick()
    yield 1
    await Tick()
    yield 2
def step(aw):
    events = []
    try:
        while True:
            events.append(aw.send(None))
    except StopIteration as e:
        events.append(("value", e.value))
    except StopAsyncIteration:
        events.append("end")
    return events
g = agen()
for _ in range(3):
    print(step(g.__anext__()))
