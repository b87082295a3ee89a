# An async comprehension inside a coroutine: inlined, with GET_ANEXT / END_ASYNC_FOR; driven by send(None).
class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def f():
    return [x * 10 async for x in AIter(3)]
try:
    f().send(None)
except StopIteration as e:
    print(e.value)
