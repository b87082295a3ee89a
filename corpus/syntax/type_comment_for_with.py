# Type comments on for, with (single, multiple, parenthesized), async for and async with headers.
class CM:
    def __enter__(self): return 1
    def __exit__(self, *a): pass
    async def __aenter__(self): return 2
    async def __aexit__(self, *a): pass
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
for i in range(2):  # type: int
    pass
with CM() as c:  # type: int
    pass
with CM() as d, CM() as e:  # type: int, int
    pass
with (CM() as g):  # type: int
    pass
async def main():
    async for x in CM():  # type: int
        pass
    async with CM() as y:  # type: int
        return y
try:
    main().send(None)
except StopIteration as stop:
    print(i, c, d, e, g, stop.value)
