# Nested unpacking targets mixing tuples and lists, and a for loop with nested targets.
(a, (b, c)), [d, [e, f]] = (1, (2, 3)), [4, (5, 6)]
print(a, b, c, d, e, f)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
