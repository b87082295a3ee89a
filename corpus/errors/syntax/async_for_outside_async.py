# async for in a plain function (compiler error): "'async for' outside async function".
def f():
    async for x in y:
        pass
