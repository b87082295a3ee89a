# await on an object without __await__, or whose __await__ returns a non-iterator, raises TypeError.
class BadAwait:
    def __await__(self):
        return 42
async def on_int():
    await 5
async def on_bad():
    await BadAwait()
async def on_gen():
    def plain_gen():
        yield 1
    await plain_gen()
for maker in (on_int, on_bad, on_gen):
    try:
        maker().send(None)
    except TypeError as e:
        print("TypeError:", e)
