# Big-int arithmetic: factorial and repeated multiplication of large numbers.
f = 1
for i in range(2, 3000):
    f *= i
x = 3 ** 20000
y = (x * x) % (10 ** 50 + 151)
print(f.bit_length(), x.bit_length(), y, f % 1_000_000_007)
