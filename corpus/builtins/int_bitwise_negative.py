# Bitwise operators on negative and big ints follow infinite two's complement semantics.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10)]:
    print(f"{a:>4} {b:>4} & {a & b:>4} | {a | b:>4} ^ {a ^ b:>4}")
print(~0, ~5, ~-5, -1 & 0xFF, -256 & 0xFF, -1 >> 1, -5 >> 1, -1 << 3, 1 << 100)
print((2**100) >> 98, -(2**100) >> 98, (2**64 - 1) & -(2**32), 2**70 ^ 2**70)
print(True & 3, True | 2, True ^ True, type(True ^ True).__name__, type(True & 1).__name__)
for bad in (lambda: 1 << -1, lambda: 1 >> -1, lambda: 1.0 & 1, lambda: 1 | "1"):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
