# A hand-rolled abstract base: __init_subclass__ checks required methods, NotImplementedError otherwise.
class Interface:
    required = ("load", "save")
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        cls.complete = not missing
        cls.missing = missing

    def load(self):
        raise NotImplementedError

    def process(self):
        data = self.load()
        return self.save(data.upper())

class Store(Interface):
    required = ("load", "save")
    def __init__(self):
        self.saved = []
    def load(self):
        return "data"
    def save(self, value):
        self.saved.append(value)
        return len(self.saved)

class Partial(Interface):
    pass

s = Store()
print(s.process(), s.process(), s.saved, Store.complete, Store.missing)
print(Partial.complete, Partial.missing)
try:
    Partial().process()
except NotImplementedError as e:
    print(type(e).__name__, repr(e), e.args)
print(NotImplemented is not NotImplementedError, type(NotImplemented).__name__)
print(issubclass(NotImplementedError, RuntimeError))
