# hasattr() swallows only AttributeError; callable() checks the type for __call__.
class P:
    @property
    def ok(self):
        return 1
    @property
    def attr_err(self):
        raise AttributeError("hidden")
    @property
    def other_err(self):
        raise KeyError("visible")

p = P()
print(hasattr(p, "ok"), hasattr(p, "attr_err"), hasattr(p, "nothing"))
try:
    hasattr(p, "other_err")
except KeyError as e:
    print(type(e).__name__, e)
try:
    hasattr(p, 1)
except TypeError as e:
    print(type(e).__name__, e)

class C:
    def __call__(self):
        pass
things = [len, print, int, C, C(), P(), lambda: 0, "s", None, [].append, type, object(), str.upper]
print([callable(t) for t in things])
