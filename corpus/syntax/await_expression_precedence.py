# await binds tighter than binary operators but looser than attribute/call/subscript; await of await.
class V:
    def __init__(self, v): self.v = v
    def __await__(self):
        return self.v
        yield
async def val(x): return x
async def main():
    a = await val(2) ** 2
    b = -await val(3)
    c = (await val([1, 2]))[1]
    d = await val(await val(4))
    e = [await val(i) for i in range(2)]
    return a, b, c, d, e
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
