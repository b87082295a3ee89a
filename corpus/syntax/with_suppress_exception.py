# __exit__ returning true suppresses the exception; the with statement's exit receives it.
class Suppress:
    def __enter__(self): return self
    def __exit__(self, typ, val, tb):
        print("exit got", typ.__name__ if typ else None, val)
        return typ is KeyError
with Suppress():
    raise KeyError("gone")
print("after")
try:
    with Suppress():
        raise ValueError("kept")
except ValueError as e:
    print("propagated", e)
