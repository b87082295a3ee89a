# All 35 hard keywords tokenize as NAME; each used once in this file.
from sys import maxsize as big
import sys
async def co():
    await co2()
async def co2(): pass
def f(x):
    global G
    G = None
    def g():
        nonlocal x
        x = True
        return x
    try:
        assert g() is not False
        with open if False else nullctx() as _:
            pass
        del _
        raise ValueError
    except ValueError:
        pass
    finally:
        pass
    while False or not True and x in []:
        break
    for i in []:
        continue
    if x:
        pass
    elif x:
        pass
    else:
        pass
    class C: pass
    yield lambda: 0
class nullctx:
    def __enter__(self): return 1
    def __exit__(self, *a): return False
print(list(f(1))[0](), big > 0, G)
