# Every arithmetic operator and ordering comparison with None raises TypeError naming NoneType.
n = None
for expr in ["n + 1", "1 + n", "n - n", "n * 2", "n / 1", "n // 1", "n % 1", "n ** 2", "n << 1", "n & 1", "n | 1", "n ^ 1",
             "-n", "+n", "~n", "abs(n)", "n < 1", "n <= n", "n > 0", "n >= None", "n @ n", "divmod(n, 1)", "round(n)", "len(n)",
             "n[0]", "n()", "iter(n)", "int(n)", "float(n)", "complex(n)"]:
    try:
        eval(expr)
        print(expr, 'ok')
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
