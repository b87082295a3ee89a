# gc.get_referents returns the objects a container refers to directly, in the container's order.
import gc

a = [1, "two", 3.0]
print(gc.get_referents(a))
t = ("x", ("y",))
print(gc.get_referents(t))
d = {"k": "v", "n": 10}
print(sorted(map(repr, gc.get_referents(d))))
print(gc.get_referents(1, "s"))
print(gc.get_referents([a], [t]) == [a, t])
marker = ["marker"]
holder = [marker]
print(holder in gc.get_referrers(marker))
