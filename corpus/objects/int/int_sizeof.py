# sys.getsizeof(int) is 24 + 4 bytes per 30-bit digit, with zero still taking one digit.
import sys
for n in [0, 1, -1, 255, 2**30 - 1, 2**30, -(2**30), 2**60 - 1, 2**60, 2**90, 2**300, -(2**300), True, False]:
    print(n.bit_length(), sys.getsizeof(n))
small = 256
medium = 2**40
huge = 10**100
neg = -(2**31)
flag = True
