# float.as_integer_ratio is the exact reduced fraction; is_integer; both refuse inf and nan with exact messages.
for v in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 1 / 3, 1e300, 5e-324, 2.0**53, 1.5e-5, 3.0, 1e16]:
    n, d = v.as_integer_ratio()
    print(repr(v), n, d, n / d == v, v.is_integer())
for v in (float('inf'), float('-inf'), float('nan')):
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(v, type(e).__name__, e)
print((2.5).numerator if hasattr(2.5, 'numerator') else 'no numerator', (2.5).real, (2.5).imag, (2.5).conjugate())
