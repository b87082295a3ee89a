# tuple * n is folded only up to 256 items in the result.
a = (1, 2) * 128
b = (1, 2) * 129
c = () * 1000
d = (None,) * 256
e = (None,) * 257
print(len(a), len(b), len(c), len(d), len(e))
print(a[:4], b[-3:])
