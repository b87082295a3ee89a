# nextafter (with steps, 3.12+) and ulp at ordinary, boundary and special values.
import math

print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0))
print(math.nextafter(1.0, 1.0), math.nextafter(math.inf, 0), math.nextafter(1.0, 2.0, steps=3))
print(math.nextafter(1.0, 2.0, steps=0), math.nextafter(0.0, 1.0, steps=10 ** 30))
print(math.ulp(1.0), math.ulp(-1.0), math.ulp(0.0), math.ulp(2 ** 52), math.ulp(1e308), math.ulp(math.inf), math.ulp(math.nan))
try:
    math.nextafter(1.0, 2.0, steps=-1)
except ValueError as e:
    print("ValueError:", e)
