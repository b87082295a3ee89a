# The order in which dicts, sets and instances release what they hold, seen through __del__:
# a dict goes first entry to last, key before value (free_keys_object); a set walks its
# table; an instance releases __slots__ before its __dict__, an exception its __dict__ before
# its args, and a subclass of list its __dict__ before its items (subtype_dealloc); an
# instance dict releases values in the order of the class's shared keys.

class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self is other


print("dict values")
x = {1: D(1), 2: D(2), 3: D(3)}
del x
print("dict keys and values")
x = {D(1): D(10), D(2): D(20)}
x = None
print("dict.clear")
x = {"a": D(1), "b": D(2), "c": D(3)}
x.clear()
print("dict after a deletion")
x = {1: D(1), 2: D(2), 3: D(3)}
del x[2]
x = None
print("set")
x = {D(9), D(3), D(17), D(1)}
del x
print("frozenset")
x = frozenset([D(9), D(3), D(17), D(1)])
del x


class C:
    pass


print("many attributes")
c = C()
for i in range(8):
    setattr(c, "a%d" % i, D(i))
del c
print("__dict__ made")
c = C()
c.a = D(1)
c.b = D(2)
c.__dict__
del c
print("other attribute order")
c = C()
c.b = D(4)
c.a = D(3)
c.__dict__
del c


class K:
    pass


k = K()
k.x, k.y, k.z = 1, 2, 3
print("attributes set after __dict__ was made")
k = K()
k.__dict__
k.y = D(2)
k.z = D(3)
k.x = D(1)
del k


class S:
    __slots__ = ("a", "b", "c")


print("slots")
s = S()
s.c = D(3)
s.a = D(1)
s.b = D(2)
del s


class SD:
    __slots__ = ("a", "__dict__")


print("slots and __dict__")
s = SD()
s.b = D(2)
s.a = D(1)
del s
print("exception with attributes")
e = ValueError(D(1))
e.note = D(2)
del e


class L(list):
    pass


print("list subclass with attributes")
x = L([D(1), D(2)])
x.tag = D(3)
del x
print("done")
