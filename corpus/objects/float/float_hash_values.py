# hash(float): integral floats hash like ints, others by exact rational value mod 2**61-1, inf is 314159.
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.1, 1.5, 2.5, 1e100, -1e100, 1e-100, 5e-324, 1.7976931348623157e308,
        2.0**61, 2.0**61 - 2**9, 1 / 3, 3.14159, 1e16, 123.456, float('inf'), float('-inf')]
for v in vals:
    print(repr(v), hash(v))
print(hash(2.0**100) == hash(2**100), hash(0.5) == hash(2**60), hash(-1.0), hash(-0.5))
