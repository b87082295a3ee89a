# float() from ints, strings (inf/nan spellings, exponents, underscores, whitespace) and errors.
print(float(), float(3), float(-0), float(True), float("1.5"), float("  -2.5e3 "), float("1_0.5"))
print(float("inf"), float("-Infinity"), float("nAn"), float("+inf"), float("1e400"), float("-1e-400"))
print(float(".5"), float("5."), float("0x10".replace("0x", "")), float("1E5"), float(b"2.5"))
print(float(2**53 + 1), float(10**20), float("0.1"), float("٣.٥"))
tests = ['float("")', 'float("abc")', 'float("1,5")', 'float("1_")', 'float("0x10")', 'float(None)',
         'float("1e")', 'float([1.0])', 'float("in f")', 'float(10**400)']
for src in tests:
    try:
        print(src, "=", eval(src))
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{src:16} {type(e).__name__}: {e}")
print(float.fromhex("0x1.8p1"), (0.5).hex(), (3.0).is_integer(), (0.1).as_integer_ratio())
