# inspect.is* predicates over functions, methods, classes, generators, coroutines, builtins and modules.
import inspect

def func():
    pass

def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 1

class K:
    def method(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
    @property
    def prop(self):
        return 1

g = gen()
c = coro()
objects = [("func", func), ("gen()", g), ("gen", gen), ("coro", coro), ("coro()", c), ("agen", agen),
           ("K", K), ("K().method", K().method), ("K.method", K.method), ("K.cm", K.cm), ("K.sm", K.sm),
           ("len", len), ("inspect", inspect), ("func.__code__", func.__code__), ("lambda", lambda: 0),
           ("str.upper", str.upper), ("'a'.upper", "a".upper), ("K.__dict__['prop']", K.__dict__["prop"])]
preds = ["isfunction", "ismethod", "isclass", "isgenerator", "isgeneratorfunction", "iscoroutine",
         "iscoroutinefunction", "isasyncgenfunction", "isbuiltin", "ismodule", "iscode", "isroutine",
         "ismethoddescriptor", "isdatadescriptor"]
for label, obj in objects:
    print(f"{label:<20}", " ".join(p[2:] for p in preds if getattr(inspect, p)(obj)))
c.close()
