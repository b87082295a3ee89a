# An async generator driven by hand: each __anext__() is an awaitable whose StopIteration carries the next value.
async def agen():
    yield "a"
    yield "b"
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("stop", e.args)
    return ("suspended",)
g = agen()
aw = g.__anext__()
print(type(g).__name__, type(aw).__name__)
print(run(aw), run(g.__anext__()), run(g.__anext__()), run(g.__anext__()))
