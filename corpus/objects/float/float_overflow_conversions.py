# Overflow when converting huge ints to float, and float arithmetic overflowing silently to inf.
for n in (2**1023, 2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024, -(2**1024), 10**400):
    try:
        print(float(n))
    except OverflowError as e:
        print(type(e).__name__, e)
for expr in ('10**400 * 1.0', '10**400 + 0.5', '1.5 - 10**400', '10**400 < 1.0', 'float(10**400) if False else 1e308 * 10',
             '2.0 ** 2000', '1e200 * 1e200', '(-2.0) ** 1025', 'divmod(10**400, 1.0)', '10**400 // 2.5'):
    try:
        print(expr, '=', eval(expr))
    except OverflowError as e:
        print(expr, '->', type(e).__name__, e)
