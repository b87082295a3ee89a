# async generator: yield is wrapped with CALL_INTRINSIC_1 ASYNC_GEN_WRAP; driven manually via __anext__().send(None).
async def agen():
    yield 1
    yield 2
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "stop"
a = agen()
print(drive(a.__anext__()), drive(a.__anext__()), drive(a.__anext__()))
print(agen.__code__.co_flags & 0x200 != 0)
