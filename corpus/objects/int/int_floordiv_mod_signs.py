# Integer // and % follow the sign of the divisor (floor division); divmod agrees; zero divisors raise.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 10**30),
         (-1, 10**30), (10**30, -7), (-(10**30), 7), (2**64, 2**32 + 1), (-(2**64), 3)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f'{a} // {b} = {q}; {a} % {b} = {r}; divmod = {divmod(a, b)}; check {q * b + r == a}')
for op in ('//', '%', 'divmod'):
    for a in (1, 0, -(10**20)):
        try:
            if op == '//':
                a // 0
            elif op == '%':
                a % 0
            else:
                divmod(a, 0)
        except ZeroDivisionError as e:
            print(op, a, type(e).__name__, e)
