# Tuple + only with tuples, * with ints; += rebinds to a new tuple; empty and repeated tuples.
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b, (1,) * 3, 0 * (1,), (1, 2) * -1, () + (), (1,) + (2,))
for expr in ["(1,) + [2]", "(1,) + 'a'", "(1,) * 1.5", "(1,) - (1,)", "[1] + (2,)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
