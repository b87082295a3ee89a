# Raising StopIteration or StopAsyncIteration inside an async generator becomes RuntimeError.
async def bad_stop():
    yield 1
    raise StopIteration
async def bad_async_stop():
    yield 1
    raise StopAsyncIteration
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except RuntimeError as e:
        return "RuntimeError: " + str(e)
for fn in (bad_stop, bad_async_stop):
    g = fn()
    print(run(g.__anext__()), "|", run(g.__anext__()))
