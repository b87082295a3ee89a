try:
    pass
except* ValueError as e:
    raise RuntimeError() from e
with open("f") as a, open("g"):
    pass
def gen():
    yield 1
    yield from gen()
    return (x for x in range(3))
async def co():
    async with a as b:
        await b
    async for i in b:
        pass
    return [i async for i in b]
