# Exactly representable results of math's elementary functions, and int vs float return types.
import math

print(math.sqrt(16), math.sqrt(2.25), math.sqrt(0), math.sqrt(-0.0))
print(math.pow(2, 10), math.pow(2, -1), math.pow(0, 0), math.pow(-2, 3), math.pow(1, math.nan))
print(math.exp(0), math.log(1), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(math.e))
print(math.exp2(10), math.cbrt(8), math.cbrt(-8.0), math.expm1(0), math.log1p(0))
print(math.fabs(-3), math.fabs(-0.0), type(math.fabs(3)).__name__)
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 2))
print(math.log(2 ** 1000, 2), math.log2(2 ** 1000), math.log10(10 ** 300))
print(math.degrees(math.pi), math.radians(180) == math.pi)
print(math.sin(0), math.cos(0), math.tan(0), math.atan(math.inf), math.atan2(0, -1), math.atan2(-0.0, -1))
