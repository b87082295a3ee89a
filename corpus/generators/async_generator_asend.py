# asend(v) delivers v as the value of the paused yield in an async generator.
async def echo():
    got = None
    while True:
        got = yield ("echo", got)
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
g = echo()
print(run(g.asend(None)))
print(run(g.asend("one")))
print(run(g.asend("two")))
