# athrow() raises inside the async generator; aclose() throws GeneratorExit and runs finally.
async def agen():
    try:
        while True:
            try:
                yield "tick"
            except ValueError as e:
                yield "handled " + str(e)
    finally:
        print("agen finally")
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
g = agen()
print(run(g.__anext__()))
print(run(g.athrow(ValueError("x"))))
print(run(g.aclose()))
print(run(g.__anext__()))
