# sys.getsizeof calls __sizeof__ and adds the GC/preheader overhead; default argument and error cases.
import sys

class Plain:
    pass

class Ten:
    def __sizeof__(self):
        return 10

class Negative:
    def __sizeof__(self):
        return -1

class NotInt:
    def __sizeof__(self):
        return "big"

class Slotted:
    __slots__ = ("a", "b")

print("Plain", sys.getsizeof(Plain()), Plain().__sizeof__())
print("Ten", sys.getsizeof(Ten()), Ten().__sizeof__())
print("Slotted", sys.getsizeof(Slotted()), Slotted().__sizeof__())
print("NotInt with default", sys.getsizeof(NotInt(), 99))
for cls in (Negative, NotInt):
    try:
        sys.getsizeof(cls())
    except (ValueError, TypeError) as e:
        print(cls.__name__, type(e).__name__, e)
print("int type", sys.getsizeof(int), "object type", sys.getsizeof(object))
try:
    sys.getsizeof()
except TypeError as e:
    print("TypeError:", e)
try:
    print(sys.getsizeof(Negative(), 7))
except ValueError as e:
    print("default not used for a negative size:", e)
