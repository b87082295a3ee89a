# A with block inside a generator stays open across yields; close() triggers __exit__ with GeneratorExit.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("close", self.name, t.__name__ if t else None)
def lines():
    with Res("r1"):
        yield 1
        yield 2
    with Res("r2"):
        yield 3
print(list(lines()))
g = lines()
next(g)
g.close()
