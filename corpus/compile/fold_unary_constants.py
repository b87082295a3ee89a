# Unary -, +, ~ and not on constants fold; -0.0 and -(1j) keep their exact value.
a = -5
b = ~5
c = not 0
d = not "x"
e = +3.5
f = -0.0
g = -(1j)
h = --7
i = -(2 ** 64)
j = ~-1
print(a, b, c, d, e, f, g, h, i, j)
