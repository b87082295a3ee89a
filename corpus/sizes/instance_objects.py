# Instances: object() is 16, a plain instance 48 whatever its attribute count; __slots__ adds 8 per slot.
import sys

class Plain:
    pass

class Slots0:
    __slots__ = ()

class Slots1:
    __slots__ = ("a",)

class Slots3:
    __slots__ = ("a", "b", "c")

class SlotsDict:
    __slots__ = ("a", "__dict__")

bare = object()
plain = Plain()
plain_attrs = Plain()
for i in range(20):
    setattr(plain_attrs, "attr%d" % i, i)
s0 = Slots0()
s1 = Slots1()
s3 = Slots3()
sd = SlotsDict()
for name in ("bare", "plain", "plain_attrs", "s0", "s1", "s3", "sd"):
    value = globals()[name]
    print(name, sys.getsizeof(value), value.__sizeof__())
