# Division and power edge cases for complex: zero divisor messages and unsupported floor division/modulo.
for expr in ['1j / 0', '1j / 0j', '(1+1j) / 0.0', '0j / 0j', '1 / 0j', '0j ** -1', '0j ** (-1+0j)', '0j ** 1j',
             '1j // 1j', '1j % 2', 'divmod(1j, 1)', '1j ** 10**400', 'pow(1j, 2, 3)', '(1e200+1e200j) ** 2',
             '(1e300j) ** 2', '0j ** 0j', '0j ** 2', '0j ** (2+0j)']:
    try:
        print(expr, '=', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
