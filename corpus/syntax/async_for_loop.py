# async for over an async iterator, with else and break, driven via send(None).
class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    out = []
    async for x in ARange(3):
        out.append(x)
    else:
        out.append("else")
    async for y in ARange(5):
        if y == 2:
            break
    return out, y
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
