# __setattr__/__delattr__ hooks see every assignment and deletion, including those in __init__.
class Tracked:
    def __init__(self, v):
        self.v = v
    def __setattr__(self, name, value):
        print("set", name, value)
        if name == "frozen":
            raise AttributeError("cannot set frozen")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)

t = Tracked(1)
t.w = 2
t.v += 10
print(t.v, t.w)
setattr(t, "x", 3)
del t.w
delattr(t, "x")
try:
    t.frozen = True
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(vars(t)))
object.__setattr__(t, "direct", 9)
print(t.direct)
