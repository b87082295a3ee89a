# int * int is folded only while bit_length(a) + bit_length(b) <= 128.
a = (2 ** 60) * (2 ** 60)
b = 0xFFFFFFFFFFFFFFFF * 0xFFFFFFFFFFFFFFFF
c = 0x1FFFFFFFFFFFFFFFF * 0xFFFFFFFFFFFFFFFF
d = 0 * 123456789012345678901234567890123456789012345678901234567890
print(a)
print(b)
print(c)
print(d)
