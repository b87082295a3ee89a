# int(str): surrounding whitespace, signs, underscores between digits, and the invalid-literal messages.
good = ['0', '-0', '+17', '  42  ', '\t\n-9\r\f', '1_000', '1_2_3', '000', '0_0', '007',
        '\u00a012\u2003', '\u0661\u0662\u0663', '\uff11\uff12', '9' * 30]
for s in good:
    print(repr(s), '->', int(s))
bad = ['', ' ', '1__0', '_1', '1_', '+-1', '- 1', '1.0', '1e3', '0x10', '12a', 'abc',
       '\x00', '1 2', '١_٢', 'Ⅻ', '²']
for s in bad:
    try:
        print(repr(s), '->', int(s))
    except ValueError as e:
        print(repr(s), '->', type(e).__name__, e)
