# math functions accept int, float, bool and __float__/__index__ objects; other types give TypeErrors.
import math

class F:
    def __float__(self):
        return 2.25

class I:
    def __index__(self):
        return 5

print(math.sqrt(F()), math.sqrt(True), math.sqrt(4), math.factorial(I()), math.gcd(I(), 10))
for fn, arg in [(math.sqrt, "4"), (math.exp, None), (math.log, [1]), (math.sin, 1j), (math.floor, 1j),
                (math.factorial, F()), (math.isqrt, 4.0), (math.sqrt, 10 ** 400)]:
    try:
        fn(arg)
    except (TypeError, OverflowError, ValueError) as e:
        print(fn.__name__, type(e).__name__, e)
try:
    math.sqrt()
except TypeError as e:
    print("TypeError:", e)
try:
    math.pow(1)
except TypeError as e:
    print("TypeError:", e)
