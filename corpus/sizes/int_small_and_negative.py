# Small ints: 0 is 28 bytes (one digit allocated even for zero); sign does not change the size.
import sys

zero = 0
one = 1
minus_one = -1
small_cached = 256
small_uncached = 257
neg_cached = -5
neg_uncached = -6
max_one_digit = 2 ** 30 - 1
min_two_digit = 2 ** 30
from_bool = int(True)
from_float = int(-3.9)
from_str = int("-0")
for name in ("zero", "one", "minus_one", "small_cached", "small_uncached", "neg_cached", "neg_uncached",
             "max_one_digit", "min_two_digit", "from_bool", "from_float", "from_str"):
    value = globals()[name]
    print(name, value, sys.getsizeof(value), value.__sizeof__())
