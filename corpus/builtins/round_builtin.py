# round(): banker's rounding, ndigits (including negative), float representation effects, types.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5), type(round(5)).__name__, round(5, 2), round(5.0), type(round(5.0)).__name__)
print(round(5.0, 0), type(round(5.0, 0)).__name__, round(5.0, None))
print(round(123456789, -4), round(2**70 + 1, -20))
print(round(1e300, 2), round(-0.4), round(0.0001, 3), round(-0.0, 1))
print(round(True), round(1.23456789e-10, 12))
for bad in (lambda: round("1.5"), lambda: round(1.5, 1.5), lambda: round(float("inf")),
            lambda: round(float("nan")), lambda: round(1j)):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 1), round(float("nan"), 2))
