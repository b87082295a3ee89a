# with: BEFORE_WITH, the __exit__(None, None, None) call on the normal path, WITH_EXCEPT_START in the handler.
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow
def f():
    with CM("a") as x:
        print("body", x)
    with CM("b", True):
        raise KeyError
    with CM("c"), CM("d") as y:
        print("two", y)
    return "done"
print(f())
