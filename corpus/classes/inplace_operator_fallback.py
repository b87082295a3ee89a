# In-place operators try __iadd__ first, then fall back to __add__/__radd__ and rebind the name.
class Acc:
    def __init__(self, items):
        self.items = items
    def __iadd__(self, other):
        print("  __iadd__")
        if not isinstance(other, list):
            return NotImplemented
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("  __add__")
        return Acc(self.items + [other])
    def __repr__(self):
        return f"Acc({self.items})"

a = Acc([1])
original = a
a += [2, 3]
print(a, a is original)
a += 4
print(a, a is original)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)

b = OnlyAdd(1)
keep = b
b += 5
print(b.v, keep.v, b is keep)

c = 10
try:
    c += "x"
except TypeError as e:
    print(type(e).__name__, e)
lst = [1]
alias = lst
lst += (2, 3)
print(alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
class NoOps:
    pass
n = NoOps()
try:
    n *= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    n **= 2
except TypeError as e:
    print(type(e).__name__, e)
