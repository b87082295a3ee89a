# Big literal constants keep their exact repr in dis: huge ints, floats with exponents, inf via overflow, complex.
big = 123456789012345678901234567890123456789012345678901234567890
neg = -98765432109876543210987654321
f1 = 1e300 * 1e10
f2 = 1.5e-320
f3 = 0.1 + 0.2
c1 = 3 + 4j
c2 = 1e300j * 1e10
print(big, neg)
print(f1, f2, f3)
print(c1, c2)
