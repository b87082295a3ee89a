# round(float): ties go to even; with ndigits the decision uses the exact binary value (2.675 -> 2.67).
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000000001, 1e16, -0.0, 2.0**52 + 0.5]:
    r = round(v)
    print(repr(v), '->', repr(r), type(r).__name__)
for v, n in [(2.675, 2), (2.665, 2), (1.005, 2), (0.125, 2), (0.375, 2), (-0.125, 2), (1.25, 1), (1.35, 1),
             (12345.6789, -2), (15.0, -1), (25.0, -1), (-25.0, -1), (0.5, 0), (1.5, 0), (-0.4, 0), (-0.0, 3),
             (1e300, -300), (5e-324, 323), (5e-324, 324), (1.5, 400), (1.5, -400), (123.456, None)]:
    r = round(v, n)
    print(repr(v), n, '->', repr(r), type(r).__name__)
for v in (float('inf'), float('-inf'), float('nan')):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(v, type(e).__name__, e)
    print(v, round(v, 2))
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
