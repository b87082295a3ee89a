# Left/right shifts: growth, floor semantics of >> on negatives, huge and negative shift counts.
for n in (1, -1, 5, -5, 255, -256, 2**64 + 7, -(2**64) - 7):
    print(n, [n << k for k in (0, 1, 3, 31, 64)], [n >> k for k in (0, 1, 3, 31, 64, 200)])
print(1 >> 10**20, -1 >> 10**20, 0 << 10**20, -7 >> 2**64)
for n, k in [(1, -1), (0, -1), (1, -(10**20))]:
    for op in ('<<', '>>'):
        try:
            print(eval(f'{n} {op} {k}'))
        except ValueError as e:
            print(n, op, k, type(e).__name__, e)
try:
    1 << 2**63
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(True << 3, False >> 1, (-(2**100)) >> 99, (2**100 - 1) >> 99)
