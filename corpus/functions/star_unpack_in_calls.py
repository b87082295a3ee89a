# Multiple * and ** unpackings in one call; generators are consumed, dict unpacking passes keys in order.
def f(*a, **k):
    return a, k
gen = (i * i for i in range(3))
print(f(*gen, *"ab", 9))
print(list(gen))
print(f(**{"x": 1}, y=2, **{"z": 3}))
print(f(*range(2), *[], **{}))
class M:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, key):
        return key.upper()
print(f(**M()))
