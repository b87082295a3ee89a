# Arbitrary-precision arithmetic: products, powers, and digit boundaries around 2**30 and 2**60.
f = 1
for i in range(1, 61):
    f *= i
print(f)
print(2 ** 200 - 1, -(2 ** 200))
print((2**30 - 1) + 1, 2**30 * 2**30, (2**60 - 1) * (2**60 + 1))
print(12345678901234567890 * 98765432109876543210)
print(10**50 // 7, 10**50 % 7, -(10**50) // 7)
print((10**40 + 1) - 10**40, 3**100 - 3**100, (-(2**64)) * (-(2**64)))
x = 2**1000
print(x.bit_length(), len(str(x)), str(x)[:20], str(x)[-20:])
print(sum(range(10**6, 10**6 + 1000)), abs(-(10**25)), -(-(10**25)))
print(int('9' * 100) + 1 == 10**100)
