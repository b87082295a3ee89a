# An async generator expression inside async def, consumed by an async comprehension.
class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    agen = (x * 2 async for x in ARange(3))
    print(type(agen).__name__)
    return [v async for v in agen]
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
