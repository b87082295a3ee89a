# Sending a non-None value to a just-started coroutine raises TypeError, like generators.
async def c():
    return 1
co = c()
try:
    co.send(5)
except TypeError as e:
    print("TypeError:", e)
try:
    co.send(None)
except StopIteration as e:
    print("value", e.value)
