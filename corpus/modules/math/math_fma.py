# math.fma (3.13): fused multiply-add with a single rounding, and its special-value errors.
import math

print(math.fma(2, 3, 4), math.fma(0.1, 10, -1), 0.1 * 10 - 1)
print(math.fma(1e308, 10, -1e308 * 9))
try:
    math.fma(1e308, 10, 0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.fma(math.inf, 0, 1)
except ValueError as e:
    print("ValueError:", e)
print(math.fma(math.inf, 1, 1), math.fma(math.nan, 1, 1), math.fma(-0.0, 1, 0.0), math.fma(-0.0, 1, -0.0))
