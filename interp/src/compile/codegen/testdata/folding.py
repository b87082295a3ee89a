a = 2 ** 10
b = "ab" * 3
c = (1, 2) + (3,)
d = -(-5)
e = not 1
f = "%s-%r" % (a, b)
for q in [1, 2, 3]:
    if q in {1, 2}:
        print(__debug__)
