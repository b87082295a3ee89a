# Tuple unpacking: exact counts, starred targets, nested targets and the ValueError messages for mismatches.
a, b = 1, 2
c, *d = (1, 2, 3)
*e, f = 'xyz'
(g, h), i = (1, 2), 3
j, *k, l = range(2)
print(a, b, c, d, e, f, g, h, i, j, k, l)
for src in ((1,), (1, 2, 3), ()):
    try:
        x, y = src
    except ValueError as err:
        print(src, type(err).__name__, err)
try:
    x, y, *z = (1,)
except ValueError as err:
    print(type(err).__name__, err)
try:
    x, y = 5
except TypeError as err:
    print(type(err).__name__, err)
