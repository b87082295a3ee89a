# float(str): accepted spellings (inf/nan/infinity in any case, underscores, whitespace) and the exact ValueError message.
good = ['1', ' 1.5 ', '-2.', '.5', '+.5e1', '1e5', '1E-5', '1_000.000_1', 'inf', '-INF', 'Infinity', '+iNfInItY',
        'nan', '-NaN', 'nAn', '1e400', '-1e400', '1e-400', '0x10', '\t\n3.25\x0b\x0c\r', '\u00a07\u2000',
        '\u0661.\u0665', '\uff11\uff0e\uff15', '00001.5000', '4.9e-324', '2.4e-324', '2.5e-324', '1.7976931348623159e308']
for s in good:
    try:
        print(repr(s), '->', repr(float(s)))
    except ValueError as e:
        print(repr(s), '->', type(e).__name__, e)
bad = ['', ' ', '1,5', '1__0', '_1', '1_', '1_.5', '1._5', 'e5', '1e', '1e+', '--1', 'infi', 'nana', 'in f',
       '0x1p3', '1.5j', 'None', '\x00', '1e5.5', '.', '+', '1 2']
for s in bad:
    try:
        float(s)
    except ValueError as e:
        print(repr(s), '->', type(e).__name__, e)
print(float(b'1.25'), float(bytearray(b' -3 ')), float(), float(7), float(True), float(2**63))
for v in (None, [1.0], '1.0'.encode('utf-16'), 1j):
    try:
        print(float(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
