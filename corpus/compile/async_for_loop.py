# async for: GET_AITER, GET_ANEXT + SEND, END_ASYNC_FOR in the exception table; driven without an event loop.
class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    out = []
    async for v in Counter(3):
        out.append(v)
    else:
        out.append("else")
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
