# Async generator objects: ag_running, ag_frame (None when finished), ag_code, __name__; flags on the code object.
async def agen():
    yield 1
g = agen()
print(g.__name__, g.__qualname__, g.ag_code is agen.__code__, g.ag_running, g.ag_frame is not None)
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted", g.ag_frame)
print(agen.__code__.co_flags & 0x200 != 0, agen.__code__.co_flags & 0x80 != 0)
