# Results of arithmetic are normalised: big operands can give a one-digit result and vice versa.
import sys

big = 2 ** 100
diff = big - (big - 1)
quot = big // 2 ** 95
shifted = big >> 99
masked = big & 0xFF
product = (2 ** 30) * (2 ** 30)
square = (2 ** 45) ** 2
neg_sum = -(2 ** 60) + 2 ** 60
ored = (1 << 89) | 1
inverted = ~(2 ** 30 - 1)
powmod = pow(3, 10 ** 6, 2 ** 61 - 1)
for name in ("big", "diff", "quot", "shifted", "masked", "product", "square", "neg_sum", "ored", "inverted", "powmod"):
    value = globals()[name]
    print(name, value.bit_length(), sys.getsizeof(value))
