# Subnormal floats, underflow to zero, the largest finite float, and the spacing of floats near 1.
tiny = 5e-324
print(tiny, tiny / 2, tiny * 0.5, tiny * 0.6, -tiny / 2, tiny * 2**52, 2.2250738585072014e-308 / 2)
print(1.7976931348623157e308, 1.7976931348623157e308 * (1 + 2**-53), 1.7976931348623157e308 + 1e292)
print(1.0 + 2**-52, 1.0 + 2**-53, 1.0 + 2**-53 + 2**-53, 1.0 - 2**-54, 0.1 * 3, 0.1 * 3 == 0.3)
print(2**-1074 == tiny, 2.0**-1075, 2.0**-1074 * 3, (2**-1074 * 3) / 2, 1e-320, 1.23e-310)
print((1e-323).as_integer_ratio(), (2.0**-1074).hex(), (2.0**-1060).hex())
