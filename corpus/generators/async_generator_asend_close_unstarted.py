# Closing an unstarted asend awaitable (3.13) also marks the async generator as finished.
async def agen():
    yield "a"
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return "stop"
g = agen()
pending = g.__anext__()
pending.close()
print(run(g.__anext__()))
h = agen()
print(run(h.__anext__()))
