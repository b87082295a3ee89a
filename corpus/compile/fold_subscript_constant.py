# Constant[Constant] folds: "abc"[0], (1, 2, 3)[-1], b"xy"[1], "hello"[1:3] (slice is not a constant, not folded).
a = "abc"[0]
b = (1, 2, 3)[-1]
c = b"xy"[1]
d = "hello"[1:3]
e = ((1, 2), (3, 4))[1][0]
print(a, b, c, d, e)
