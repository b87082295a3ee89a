# aclose() on an async generator that never started finishes it immediately without running its body.
async def agen():
    print("body started")
    yield 1
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("returned", e.value)
    except StopAsyncIteration:
        return "StopAsyncIteration"
g = agen()
print(run(g.aclose()))
print(run(g.__anext__()))
