# str() vs format(x, '') vs format(x, 'g'): the empty spec matches repr, 'g' uses 6 significant digits.
for v in [1.0, 0.1, 1e16, 1e15, 123456789.0, 1.23456789e-5, 1e-4, 100.0, 1e22, -0.0, 2.5, 1 / 3, 5e-324]:
    print(repr(v), '|', format(v, ''), '|', format(v, 'g'), '|', format(v, '.0'), '|', format(v, '.3'), '|', format(v, '#'),
          '|', format(v, '>12'), '|', f'{v!s:>10}|{v:.12}', sep='')
print(format(1e16, '.16'), format(1e16, '.17'), format(123.0, '.2'), format(0.0001, '.1'), format(1234.5, '.5'))
print(str(1e16), format(1e16, ','), format(1e16, '_'), format(1.5, '+'), format(1.0, '010'))
