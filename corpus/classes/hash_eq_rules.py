# Defining __eq__ without __hash__ makes instances unhashable; __hash__ can be restored explicitly.
class Plain:
    pass

class EqOnly:
    def __eq__(self, other):
        return True

class EqAndHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, EqAndHash) and self.k == other.k
    def __hash__(self):
        return hash(self.k)

class Inherits(EqAndHash):
    def __eq__(self, other):
        return False

class Restored(EqOnly):
    __hash__ = object.__hash__

print(EqOnly.__hash__, Plain.__hash__ is object.__hash__)
for cls in (EqOnly, Inherits):
    try:
        {cls(*([1] if cls is Inherits else []))}
    except TypeError as e:
        print(type(e).__name__, e)
s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s), EqAndHash(2) in s)
r = Restored()
print(hash(r) == object.__hash__(r), r == 5)
d = {EqAndHash("k"): "v"}
print(d[EqAndHash("k")])
try:
    hash([1])
except TypeError as e:
    print(e)
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(e)
