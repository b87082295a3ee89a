# async for over an async generator inside a coroutine, the whole thing driven with a single send(None).
async def numbers(n):
    for i in range(n):
        yield i * i
async def main():
    out = []
    async for v in numbers(4):
        out.append(v)
    comp = [v async for v in numbers(3)]
    return out, comp
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
