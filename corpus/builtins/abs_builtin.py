# abs() of ints, bools, floats (signed zero, inf, nan), complex (magnitude) and errors.
print(abs(-5), abs(5), abs(0), abs(-(2**100)))
print(abs(True), abs(False), type(abs(True)).__name__)
print(abs(-2.5), abs(-0.0), abs(float("-inf")), abs(float("nan")))
print(abs(3 + 4j), abs(-1j), abs(complex(-0.0, 0.0)), type(abs(1j)).__name__)
print(abs(1e308 + 1e308j))
for bad in ("5", None, [1]):
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
