# A coroutine driven by hand: each send(None) runs to the next suspension inside an awaited __await__ generator.
class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        print("suspending at", self.label)
        yield self.label
        return self.label + " done"
async def task():
    a = await Suspend("first")
    b = await Suspend("second")
    return [a, b]
coro = task()
print(type(coro).__name__)
while True:
    try:
        yielded = coro.send(None)
        print("driver got", yielded)
    except StopIteration as e:
        print("result", e.value)
        break
