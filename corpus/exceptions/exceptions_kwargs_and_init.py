# Built-in exceptions reject keyword arguments; some accept specific ones (name=, path=, obj=).
tests = [
    lambda: ValueError(message="x"),
    lambda: Exception(1, kw=2),
    lambda: KeyError(key="k"),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
e = AttributeError("msg", name="attr", obj=5)
print(e, e.name, e.obj, e.args)
e = NameError("msg", name="nm")
print(e, e.name)
e = StopIteration()
print(e.value)
e = SystemExit(1, 2)
print(e.code)
class Custom(Exception):
    def __init__(self, a, *, flag=False):
        super().__init__(a)
        self.flag = flag
print(Custom("x", flag=True).flag, Custom("y").args)
