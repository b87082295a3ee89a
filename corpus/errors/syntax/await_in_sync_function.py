# await in a plain def (compiler error): "'await' outside async function".
def f():
    await x
