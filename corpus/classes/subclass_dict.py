# dict subclasses: overriding __setitem__ does not affect __init__, update() or setdefault().
class Tracked(dict):
    def __setitem__(self, key, value):
        print("  __setitem__", key, value)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("  __getitem__", key)
        return super().__getitem__(key)

d = Tracked({"a": 1}, b=2)
d["c"] = 3
d.update(e=5)
d.setdefault("f", 6)
print(d, type(d).__name__)
print(d["a"], d.get("b"), list(d.values()))
print(type(d.copy()).__name__, type(d | {}).__name__, type({} | d).__name__)
d |= {"g": 7}
print(type(d).__name__, len(d))

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    __setattr__ = dict.__setitem__

ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad)
try:
    ad.z
except AttributeError as e:
    print(type(e).__name__, e)
