# Tuple/list unpacking targets: bare, parenthesized, bracketed, single-element, and swapping.
a, b = 1, 2
(c, d) = [3, 4]
[e, f] = "ef"
g, = [5]
(h,) = (6,)
[i] = {7}
a, b = b, a
print(a, b, c, d, e, f, g, h, i)
