# Without __iter__, iteration calls __getitem__(0), (1), ... until IndexError (or StopIteration).
class Squares:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * i

print(list(Squares()))
print(4 in Squares())
it = iter(Squares())
print(type(it).__name__, next(it))

class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsEarly()))

class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print(type(e).__name__, e)

class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
