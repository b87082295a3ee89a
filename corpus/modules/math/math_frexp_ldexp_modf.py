# frexp/ldexp/modf decompositions, including zeros, infinities, nan and subnormals.
import math

for x in (8.0, 0.1, -3.5, 0.0, -0.0, 5e-324, 1e308, math.inf, math.nan):
    print(repr(x), math.frexp(x), math.modf(x))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-0.0, 5), math.ldexp(3, 0))
print(math.ldexp(math.inf, -10), math.ldexp(1.0, -100000))
try:
    math.ldexp(1.0, 1.5)
except TypeError as e:
    print("TypeError:", e)
print(math.frexp(10 ** 20), math.modf(7))
