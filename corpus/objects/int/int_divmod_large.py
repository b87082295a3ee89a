# divmod and // on multi-digit ints agree with exact arithmetic, including near power-of-two boundaries.
pairs = [(2**128, 2**64 - 1), (2**128 - 1, 2**64), (-(2**128), 2**64 + 1), (10**60, 10**30 + 7),
         (3**200, -(7**50)), (-(3**200), -(7**50)), (2**64, 2**64), (2**64 - 1, 2**64), (1, -(2**64))]
for a, b in pairs:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a, (0 <= r < b) if b > 0 else (b < r <= 0))
