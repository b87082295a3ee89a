# Big-int arithmetic at Karatsuba sizes: products, division, modular powers, str and hash.
a = 7 ** 40000
b = 3 ** 50000 + 12345
p = a * b
q, r = divmod(p, b + 1)
m = pow(a, 65537, 2 ** 4000 + 1)
s = str(3 ** 9000)
h = hash(p) ^ hash(q)
t = (a << 1000) - (b >> 77) & ((1 << 90000) - 1)
f = 1
for i in range(2, 4000):
    f *= i
print(p.bit_length(), q.bit_length(), r % 1000003, m % 999983, len(s), h, t.bit_count(), f % 1_000_000_007)
