# int methods: bit_length, bit_count, to_bytes/from_bytes (byteorder, signed), as_integer_ratio, is_integer.
for n in (0, 1, 255, 256, -1, -256, 2**100):
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4), (-1).to_bytes(2, signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", signed=True))
print(int.from_bytes([1, 2]), int.from_bytes(b""), (5).as_integer_ratio(), (5).is_integer())
print((7).real, (7).imag, (7).numerator, (7).denominator, (7).conjugate(), True.numerator)
tests = [
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: (1).to_bytes(1, "middle"),
    lambda: (1).to_bytes(-1, "big"),
    lambda: int.from_bytes("ab", "big"),
]
for t in tests:
    try:
        t()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
