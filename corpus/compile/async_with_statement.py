# async with: BEFORE_ASYNC_WITH, GET_AWAITABLE 1/2 and SEND loops, driven here by .send(None) with no event loop.
class ACM:
    async def __aenter__(self):
        print("aenter")
        return 7
    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None)
        return True
async def f():
    async with ACM() as v:
        print("body", v)
        raise ValueError
    return "after"
coro = f()
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
