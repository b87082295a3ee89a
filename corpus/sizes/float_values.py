# Every float is 24 bytes (header + double), whatever its value; float subclasses add a dict-free preheader.
import sys

values = [0.0, -0.0, 1.5, 1e308, 5e-324, float("inf"), float("nan"), 3.141592653589793, 2.0 ** 60]
for v in values:
    print(repr(v), sys.getsizeof(v), v.__sizeof__())

class MyFloat(float):
    pass

class SlottedFloat(float):
    __slots__ = ()

mf = MyFloat(1.5)
sf = SlottedFloat(2.5)
plain = 1.25
print("MyFloat", sys.getsizeof(mf), mf.__sizeof__())
print("SlottedFloat", sys.getsizeof(sf), sf.__sizeof__())
print("float type", sys.getsizeof(float))
