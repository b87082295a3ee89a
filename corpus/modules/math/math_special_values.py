# math constants and special-value predicates: pi, e, tau, inf, nan, isinf/isnan/isfinite, copysign.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.inf).__name__, math.inf == float("inf"), math.nan == math.nan, math.nan is math.nan)
for x in (0.0, -0.0, 1.0, 5e-324, math.inf, -math.inf, math.nan, 10 ** 300):
    print(repr(x) if not isinstance(x, int) else "10**300", math.isinf(x), math.isnan(x), math.isfinite(x))
try:
    math.isinf(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, math.nan), math.copysign(math.inf, -1))
print(math.copysign(0.0, -1), repr(math.fabs(-0.0)))
print(math.inf - math.inf, math.inf * 0, math.inf / math.inf, math.inf + 1)
