# Comparison chains of every operator, including in / not in / is / is not; each operand evaluated once.
def v(x):
    print("eval", x)
    return x
a = [1, 2]
print(1 < 2 <= 2 == 2 != 3 > 0 >= 0)
print(1 in a not in [[1]], a is a is not None)
print(v(1) < v(2) < v(0) < v(99))
print(not 1 == 2, (not 1) == 2)
