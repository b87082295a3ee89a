# Float literals that need correct rounding: shortest repr round-trip and halfway cases.
values = [0.1, 0.2, 0.30000000000000004, 2.675, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
          9007199254740993.0, 0.000001, 1e16, 1e-5, 123e-20]
for v in values:
    print(repr(v))
