# await in a nested def's default value is allowed: defaults are evaluated in the enclosing async function.
async def val(x): return x
async def outer():
    def inner(a=await val(5)):
        return a
    lam = lambda b=await val(6): b
    return inner(), lam()
try:
    outer().send(None)
except StopIteration as e:
    print(e.value)
