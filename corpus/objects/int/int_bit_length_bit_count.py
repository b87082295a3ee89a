# int.bit_length and int.bit_count ignore the sign and work across digit boundaries.
for n in [0, 1, -1, 2, 3, 7, 8, -8, 255, 256, 2**30 - 1, 2**30, 2**31, 2**60, 2**63 - 1,
          -(2**63), 2**64, 10**100, -(10**100), 2**1000 - 1]:
    print(n if abs(n) < 2**70 else f'<{len(str(n))} digits>', n.bit_length(), n.bit_count())
print(True.bit_length(), False.bit_count(), int.bit_length(5), (255).bit_count())
try:
    (1).bit_length(1)
except TypeError as e:
    print(type(e).__name__, e)
