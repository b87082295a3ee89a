# Starred items on the right-hand side build a tuple; a target list of one star copies into a list.
a = [1, 2]
t = *a, 3
u = *a, *a
x = *y, = [4, 5]
print(t, u, x, y)
