# Awaiting an already finished coroutine raises RuntimeError("cannot reuse already awaited coroutine").
async def value():
    return 1
async def twice(c):
    first = await c
    second = await c
    return first, second
c = value()
t = twice(c)
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
d = value()
try:
    d.send(None)
except StopIteration as e:
    print("first run", e.value)
try:
    d.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
