# float repr uses the shortest string that round-trips; exponent switch at 1e16 and 1e-4.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 123456789012345678.0, 1e-4, 1e-5,
          0.0001234, 1.5e-7, 5e-324, 1.7976931348623157e308, 2.0 ** 0.5, 100.0, 1e22, 1e23,
          9007199254740993.0, 0.30000000000000004, -1e-10, 3.14159265358979, 1.0 / 7]
for v in values:
    print(repr(v), str(v) == repr(v))
print(1e16 - 1, 1e16 + 2, 0.1 * 3, 4.35 * 100, 1.1 + 2.2)
print(str(1.0), str(-0.0), str(10.0 ** 15), str(10.0 ** 16))
