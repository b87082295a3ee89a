# Constant folding of integer binary operators (+ - * // % ** << >> & | ^) into single LOAD_CONSTs.
a = 2 + 3 * 4
b = (7 - 10) // 2
c = -7 % 3
d = 2 ** 10
e = 1 << 20
f = -256 >> 3
g = 0b1100 & 0b1010
h = 0b1100 | 0b1010
i = 0b1100 ^ 0b1010
j = 10 / 4
print(a, b, c, d, e, f, g, h, i, j)
