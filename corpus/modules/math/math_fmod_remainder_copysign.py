# fmod (sign of x) vs % (sign of y) vs remainder (round-half-even quotient); remainder(inf, y) fails.
import math

pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (6, 4), (10, 4), (-0.0, 1), (1, math.inf), (3, 2), (5, 2)]
for x, y in pairs:
    print(x, y, "fmod", math.fmod(x, y), "%", x % y, "remainder", math.remainder(x, y))
try:
    math.remainder(math.inf, 1)
except ValueError as e:
    print("ValueError:", e)
