# return with a value in an async generator: "'return' with value in async generator".
async def f():
    yield 1
    return 2
