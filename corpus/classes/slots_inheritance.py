# A subclass without __slots__ regains a __dict__; slots and dict attributes coexist.
class Base:
    __slots__ = ("a",)

class WithDict(Base):
    pass

class MoreSlots(Base):
    __slots__ = ("b",)

w = WithDict()
w.a = 1
w.extra = 2
print(w.a, w.__dict__)

m = MoreSlots()
m.a, m.b = 1, 2
print(m.a, m.b, hasattr(m, "__dict__"))
try:
    m.c = 3
except AttributeError as e:
    print(type(e).__name__, e)

class Single:
    __slots__ = "only"
s = Single()
s.only = "string slots"
print(s.only, Single.__slots__)

class DictSlot:
    __slots__ = ("v", "__dict__")
d = DictSlot()
d.v = 1
d.free = 2
print(d.v, d.__dict__)
