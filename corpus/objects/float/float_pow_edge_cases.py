# Float ** edge cases: zero to negative powers, negative bases with fractional exponents become complex, overflow errors.
cases = [(0.0, -1), (-0.0, -1), (0.0, -0.5), (0.0, 0), (-8.0, 1 / 3), (-1.0, 0.5), (-2.0, 2), (-2.0, 3.0),
         (2.0, 1024), (2.0, -1075), (10.0, 308), (10.0, 309), (-10.0, 309), (1.0, float('inf')), (-1.0, float('inf')),
         (0.5, float('inf')), (2.0, float('-inf')), (float('inf'), -1), (float('nan'), 0), (1.0, float('nan')),
         (0.0, float('-inf')), (-0.0, 3), (-0.0, 0.5), (4, 0.5), (2, -1.0), (10**400, 0.5), (1.0000001, 1e10)]
for a, b in cases:
    try:
        r = a ** b
        print(repr(a), '**', repr(b), '=', repr(r), type(r).__name__)
    except (ZeroDivisionError, OverflowError) as e:
        print(repr(a), '**', repr(b), '->', type(e).__name__, e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(-8, 1 / 3) == (-8.0) ** (1 / 3), pow(2.0, -1), 2 ** 0.5)
