# "in" uses __contains__, else iterates __iter__, else __getitem__; otherwise a TypeError.
class WithContains:
    def __contains__(self, x):
        print("  __contains__", x)
        return x == "yes"

class WithIter:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])

class WithGetitem:
    def __getitem__(self, i):
        if i > 5:
            raise IndexError
        return i

class Nothing:
    pass

print("yes" in WithContains(), "no" not in WithContains())
print(2 in WithIter(), 9 in WithIter())
print(4 in WithGetitem(), 9 in WithGetitem())
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)

class Truthy:
    def __contains__(self, x):
        return [0]
print(1 in Truthy())

class NoContains(WithIter):
    __contains__ = None
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
