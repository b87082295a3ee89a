# Large ints grow 4 bytes per 30-bit digit: powers of 2 and 10, factorial-sized and negative values.
import sys

googol = 10 ** 100
two_1000 = 2 ** 1000
neg_two_1000 = -two_1000
mersenne = 2 ** 127 - 1
ten_4000 = 10 ** 4000
factorial_50 = 1
for k in range(1, 51):
    factorial_50 *= k
for name in ("googol", "two_1000", "neg_two_1000", "mersenne", "ten_4000", "factorial_50"):
    value = globals()[name]
    digits = (value.bit_length() + 29) // 30
    print(name, value.bit_length(), digits, sys.getsizeof(value), 24 + 4 * digits)
