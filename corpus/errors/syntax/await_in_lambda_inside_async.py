# await in a lambda inside async def: "'await' outside async function".
async def f():
    g = lambda: await x
