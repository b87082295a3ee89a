# split()/subgroup() build new groups via derive(); subclasses must override it to keep their type.
class MyGroup(ExceptionGroup):
    pass

class Tagged(ExceptionGroup):
    def __new__(cls, msg, excs, tag=None):
        self = super().__new__(cls, msg, excs)
        self.tag = tag
        return self
    def __init__(self, msg, excs, tag=None):
        super().__init__(msg, excs)
    def derive(self, excs):
        return Tagged(self.message, excs, self.tag)

g = MyGroup("mine", [ValueError(1), TypeError(2)])
m, r = g.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__)

t = Tagged("tagged", [ValueError(1), TypeError(2)], tag="T")
m, r = t.split(ValueError)
print(type(m).__name__, m.tag, r.tag, repr(m))

g.add_note("note on original")
g.__cause__ = KeyError("cause")
m = g.subgroup(ValueError)
print(m.__notes__, repr(m.__cause__), m.__traceback__)
d = g.derive([KeyError(3)])
print(type(d).__name__, repr(d), getattr(d, "__notes__", None))
