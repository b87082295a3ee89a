# A tiny round-robin scheduler drives several coroutines with send(None) until each finishes.
class Yield:
    def __await__(self):
        yield
async def worker(name, steps):
    for i in range(steps):
        print(name, "step", i)
        await Yield()
    return name + " finished"
queue = [worker("a", 2), worker("b", 3), worker("c", 1)]
results = []
while queue:
    co = queue.pop(0)
    try:
        co.send(None)
        queue.append(co)
    except StopIteration as e:
        results.append(e.value)
print(results)
