# __getitem__/__setitem__/__delitem__ receive ints, slice objects, tuples and Ellipsis unchanged.
class Probe:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("  set", repr(key), "=", value)
    def __delitem__(self, key):
        print("  del", repr(key))

p = Probe()
print(p[1], p[-1], p["k"])
print(p[1:2], p[:], p[::2], p[1:2:3])
print(p[1, 2], p[1:2, ::3], p[...], p[..., 0], p[()])
print(p[None:None], type(p[:]).__name__)
p[0] = "a"
p[1:3] = "b"
p[1, 2] = "c"
del p[::-1]
del p[0, ...]
s = p[2:10:3]
print(s.start, s.stop, s.step, s.indices(6))
class NoGet:
    pass
for fn in (lambda: NoGet()[0], lambda: NoGet().__setitem__, ):
    try:
        fn()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    NoGet()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NoGet()[0]
except TypeError as e:
    print(type(e).__name__, e)
