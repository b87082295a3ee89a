# Every Python function object is 160 bytes; builtins and bound methods are smaller.
import sys

def plain():
    pass

def rich(a, b=1, *args, c: int = 2, **kw) -> str:
    "docstring"
    return ""

def make_closure():
    v = 1
    def inner():
        return v
    return inner

async def coro_fn():
    pass

def gen_fn():
    yield

lam = lambda x: x
closure = make_closure()

class K:
    def method(self):
        pass

bound = K().method
builtin = len
builtin_bound = [].append
for name in ("plain", "rich", "closure", "coro_fn", "gen_fn", "lam", "bound", "builtin", "builtin_bound"):
    value = globals()[name]
    print(name, type(value).__name__, sys.getsizeof(value))
plain.attr = 1
print("with attribute", sys.getsizeof(plain))
