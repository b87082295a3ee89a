import os.path as p
from sys import argv, path as sp
x = 1
y, *z = [1, 2, 3]
x += 2
d = {"a": 1, **{}}
s = {1, 2, 3}
t = (1, -2, 3 * 4)
print(f"{x!r:>10} {y}", not x in z, x if y else z)
del x
