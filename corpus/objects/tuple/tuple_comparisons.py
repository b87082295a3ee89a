# Tuple comparison is lexicographic, stops at the first differing element, and checks identity before ==.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, 2) == (1, 2), (1, 2) == [1, 2], (1,) == (1.0,))
print((1, 'a') < (2, 1), (1, float('nan')) == (1, float('nan')), sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1,)]))
nan = float('nan')
print((nan,) == (nan,), (nan, 1) < (nan, 2))
for expr in ["(1, 'a') < (1, 2)", "(1,) < [1]", "(None,) < (None,)", "(1, 2) < (1, None)"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
