# range objects are 48 bytes whatever their bounds; their iterators differ for huge ranges.
import sys

r_empty = range(0)
r_small = range(10)
r_step = range(-5, 100, 7)
r_huge = range(10 ** 30)
r_neg = range(0, -(10 ** 30), -3)
for name in ("r_empty", "r_small", "r_step", "r_huge", "r_neg"):
    value = globals()[name]
    print(name, sys.getsizeof(value), type(iter(value)).__name__, sys.getsizeof(iter(value)))
print(sys.getsizeof(range), sys.getsizeof(r_small[2:5]), sys.getsizeof(reversed(r_small)))
