# dict subclasses may define __missing__, used by d[key] but not by get() or "in".
class Default(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        value = len(str(key))
        self[key] = value
        return value

d = Default(a=1)
print(d["a"], d["hello"], d)
print(d.get("zzz"), "zzz" in d)
print(d.setdefault("q", 0), d.pop("q"))

class Raising(dict):
    def __missing__(self, key):
        raise KeyError(f"custom {key}")
try:
    Raising()["x"]
except KeyError as e:
    print(type(e).__name__, e)

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))

plain = {}
try:
    plain["nope"]
except KeyError as e:
    print(type(e).__name__, e)
