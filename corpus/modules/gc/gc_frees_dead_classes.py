# A class is part of reference cycles (its __mro__ holds it, and so do the __dict__ and
# __weakref__ descriptors in its namespace), so deleting its last name frees it only at the
# next collection: a metaclass __del__ runs inside gc.collect(), and methods that refer to the
# class through __class__ (super()) go with it.
import gc


class Meta(type):
    def __del__(cls):
        print("freeing class", cls.__name__)


class Base:
    pass


gc.collect()


class Plain(metaclass=Meta):
    pass


print("is tracked:", gc.is_tracked(Plain.__dict__["__dict__"]))
del Plain
print("deleted Plain")
print("some collected:", gc.collect() > 0)
print("after collect")


def make():
    class Local(Base, metaclass=Meta):
        def method(self):
            return super().method

        def __init__(self):
            self.x = 1

    Local()
    return Local.__name__


print("made", make())
print("some collected:", gc.collect() > 0)
Dynamic = Meta("Dynamic", (), {"__slots__": ()})
Dynamic = None
print("rebound Dynamic")
gc.collect()
print("done")
