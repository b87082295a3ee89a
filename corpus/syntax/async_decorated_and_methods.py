# Decorated async functions and async methods (instance, static, class) driven via send(None).
def deco(f):
    async def wrapper(*a):
        return "deco(" + str(await f(*a)) + ")"
    return wrapper
class K:
    async def meth(self): return "meth"
    @staticmethod
    async def smeth(): return "smeth"
    @classmethod
    async def cmeth(cls): return cls.__name__
@deco
async def plain(x): return x
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run(plain(1)), run(K().meth()), run(K.smeth()), run(K.cmeth()))
