# types.new_class, prepare_class and resolve_bases build classes the way a class statement does.
import types

def body(ns):
    ns["x"] = 1
    ns["hello"] = lambda self: "hi"

C = types.new_class("C", (object,), {}, body)
print(C, C.__name__, C.__qualname__, C.x, C().hello(), C.__module__)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"from_prepare": True}

meta, ns, kwds = types.prepare_class("D", (), {"metaclass": Meta, "flag": 1})
print(meta.__name__, ns, kwds)

class Entry:
    def __mro_entries__(self, bases):
        return (int,)

print(types.resolve_bases((Entry(), str)))
E = types.new_class("E", (Entry(),))
print(E.__bases__, E.__orig_bases__[0].__class__.__name__, E(5) + 1)
