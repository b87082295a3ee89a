# throw() raises inside the coroutine at its current await; close() runs its finally blocks.
class Wait:
    def __await__(self):
        yield "waiting"
async def worker():
    try:
        await Wait()
    except ValueError as e:
        print("worker caught", e)
        await Wait()
        return "after catch"
    finally:
        print("worker finally")
c = worker()
print(c.send(None))
print(c.throw(ValueError("v")))
c.close()
print(c.cr_frame)
