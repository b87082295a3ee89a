# An exception raised in an awaited coroutine propagates through await into the caller's try/except.
class Wait:
    def __await__(self):
        yield "w"
async def failing():
    await Wait()
    raise KeyError("deep")
async def caller():
    try:
        await failing()
    except KeyError as e:
        return "caught " + repr(e)
c = caller()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
