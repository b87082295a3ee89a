# Instances with __call__ are callable; callable() reports functions, classes, methods and such instances.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3))
for obj in (add5, Adder, len, print, lambda: 0, 3, "s", Adder.__call__):
    print(type(obj).__name__, callable(obj))
