# reversed() prefers __reversed__, else uses __len__ + __getitem__; otherwise TypeError.
class WithReversed:
    def __reversed__(self):
        return iter("zyx")

class Sequence:
    def __len__(self):
        print("  __len__")
        return 3
    def __getitem__(self, i):
        print("  __getitem__", i)
        return i * 10

class IterOnly:
    def __iter__(self):
        return iter([1, 2])

print(list(reversed(WithReversed())))
r = reversed(Sequence())
print(type(r).__name__)
print(list(r))
for obj in (IterOnly(), 5, {1, 2}):
    try:
        reversed(obj)
    except TypeError as e:
        print(type(e).__name__, e)

class NoneReversed(Sequence):
    __reversed__ = None
try:
    reversed(NoneReversed())
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed({"a": 1, "b": 2})), list(reversed(range(3))))
