# pow() with two and three arguments: negative exponents, modular inverse, float and complex results.
print(pow(2, 10), pow(2, -1), pow(-8, 1 / 3), pow(0, 0), pow(0.0, 0))
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-3, 3, 5), pow(3, 3, -5))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11), pow(5, 0, 1))
print(pow(-1, 0.5), pow(2.0, -2), pow(-2, -2), pow(10, 20), pow(10.0, 20))
print(2 ** -1, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2)
tests = [
    lambda: pow(2, 3, 0),
    lambda: pow(2, -1, 4),
    lambda: pow(2.0, 3, 5),
    lambda: pow(2, 0.5, 5),
    lambda: pow(0, -1),
    lambda: pow(),
]
for t in tests:
    try:
        t()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(base=2, exp=5, mod=3))
