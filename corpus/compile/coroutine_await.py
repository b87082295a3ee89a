# async def: RETURN_GENERATOR prefix, await = GET_AWAITABLE + SEND loop; driven with .send(None) and a custom awaitable.
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield "suspend " + str(self.v)
        return (self.v, got)
async def co():
    a = await Ready(1)
    b = await Ready(2)
    return a, b
c = co()
print(c.send(None))
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print("done", e.value)
