# isclose tolerances (including inf/nan and negative tolerance) and fsum's exact summation.
import math

print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(0.0, 1e-12))
print(math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(-math.inf, math.inf, abs_tol=math.inf))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.fsum([]), math.fsum([1, 2, 3]), type(math.fsum([1])).__name__)
print(math.fsum([math.inf, 1]), math.fsum([math.nan, 1]))
for data in ([math.inf, -math.inf], [1e308, 1e308]):
    try:
        math.fsum(data)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
