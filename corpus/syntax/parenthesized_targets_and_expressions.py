# Redundant parentheses around targets, values, for-targets, return values and conditions.
(a) = (1)
((b)) = 2
(c, (d)) = (3, (4))
for (i) in (range(1)):
    pass
def f():
    return (a)
if (a):
    print((a), (b), c, d, i, f())
