# Objects without __enter__/__exit__ give "does not support the context manager protocol" errors.
class NoEnter:
    def __exit__(self, *a):
        pass

class NoExit:
    def __enter__(self):
        print("NoExit.__enter__ should not run")

class Async:
    async def __aenter__(self):
        pass
    async def __aexit__(self, *a):
        pass

for obj in (NoEnter(), NoExit(), Async(), 5):
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)

class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit is not called")
try:
    with EnterFails():
        print("body not run")
except RuntimeError as e:
    print(type(e).__name__, e)
