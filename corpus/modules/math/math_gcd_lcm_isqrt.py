# gcd/lcm over any number of ints (signs, zero, no args) and isqrt on big ints.
import math

print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(), math.gcd(7), math.gcd(-7))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(), math.lcm(3, 5, 7))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1), math.isqrt(True))
for args in [(1.5, 2), ("4", 2)]:
    try:
        math.gcd(*args)
    except TypeError as e:
        print("TypeError:", e)
for bad in (-1, 2.0):
    try:
        math.isqrt(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
