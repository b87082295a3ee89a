# Coroutine objects: cr_running, cr_suspended, cr_frame (None when done), cr_code, __name__ and __qualname__.
class Wait:
    def __await__(self):
        yield
async def co():
    print("inside running:", c.cr_running)
    await Wait()
c = co()
print(c.__name__, c.__qualname__, c.cr_code is co.__code__, c.cr_suspended)
c.send(None)
print(c.cr_suspended, c.cr_running, type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration:
    print("done", c.cr_frame, c.cr_suspended)
