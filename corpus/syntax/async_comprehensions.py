# Async comprehensions: async for in list/set/dict comprehensions, await in the element and condition.
class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def ident(x): return x
async def main():
    a = [x async for x in ARange(4)]
    b = {x % 2 async for x in ARange(4)}
    c = {x: await ident(x * 10) async for x in ARange(2)}
    d = [await ident(y) for y in range(3) if await ident(y)]
    e = [x async for x in ARange(3) if await ident(x) > 1]
    return a, b, c, d, e
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
