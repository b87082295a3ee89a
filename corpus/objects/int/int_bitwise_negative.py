# &, |, ^ and ~ on negative and multi-digit ints use infinite two's complement semantics.
vals = [0, 1, -1, 6, -6, 2**31, -(2**31), 2**64 - 1, -(2**64), 2**90 + 12345, -(2**90) - 1]
for a in vals:
    print(a, '~', ~a)
for a in vals[::2]:
    for b in vals[1::2]:
        print(a, b, a & b, a | b, a ^ b)
print(True & 3, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
for expr in ('1 & 1.0', '1 | None', '~1.5', '1 ^ "a"'):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, type(e).__name__, e)
