# int() from numbers, strings in various bases (prefixes, underscores, whitespace, signs) and errors.
print(int(), int(3.99), int(-3.99), int(True), int("42"), int("  -17\n"), int("+5"))
print(int("1_000_000"), int("0b1010", 0), int("0o17", 0), int("0x_ff", 0), int("ff", 16), int("FF", 16))
print(int("z", 36), int("10", 2), int("0b11", 2), int("11", base=3), int(b"12"), int(bytearray(b"7")))
print(int("٣"), int("１２"), int("-0"), int("000"), int("0", 0))
print(int(1e20), int(-1e-5), int(2**100 + 0.0))
tests = ['int("1__0")', 'int("_10")', 'int("10_")', 'int("0b2", 0)', 'int("010", 0)', 'int("")',
         'int(" ")', 'int("1 2")', 'int("0x", 16)', 'int(5, 10)', 'int("5", base=1)',
         'int(None)', 'int([1])', 'int("1e5")', 'int(b"\\xff")', 'int("12", 2)']
for src in tests:
    try:
        print(src, "=", eval(src))
    except (ValueError, TypeError) as e:
        print(f"{src:16} {type(e).__name__}: {e}")
