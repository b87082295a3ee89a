# Inside async def, an async comprehension may be nested in a regular comprehension.
class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    return [[x * k async for x in ARange(2)] for k in (1, 10)]
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
