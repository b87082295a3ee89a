# ** is folded only while bit_length(base) * exponent <= 128: 2**63 and 2**64 fold, 2**65 and 2**100 do not.
a = 2 ** 63
b = 2 ** 64
c = 2 ** 65
d = 2 ** 100
e = 3 ** 64
f = 3 ** 65
g = (-2) ** 64
h = 2 ** -1
print(a, b, c, d)
print(e, f, g, h)
