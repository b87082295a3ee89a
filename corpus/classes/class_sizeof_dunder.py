# sys.getsizeof adds the GC header to __sizeof__ for tracked objects; globals feed the sizeof table.
import sys

class Sized:
    def __init__(self, n):
        self.n = n
    def __sizeof__(self):
        return self.n

class Slotless:
    __slots__ = ()

small = Sized(100)
big = Sized(10_000)
print(small.__sizeof__(), sys.getsizeof(small), sys.getsizeof(big))
print(sys.getsizeof(Slotless()) - Slotless().__sizeof__())
print(sys.getsizeof(5, "default"), sys.getsizeof(Sized(0)))
class Negative:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Negative())
except ValueError as e:
    print(type(e).__name__, e)
class NotInt:
    def __sizeof__(self):
        return "x"
try:
    sys.getsizeof(NotInt())
except TypeError as e:
    print(type(e).__name__, e)
