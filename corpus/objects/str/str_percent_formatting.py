# printf-style % formatting of str: conversions, flags, width/precision, mapping keys, and the error messages.
print('%s|%r|%a|%5s|%-5s|%.2s|%5.1s|%c|%c|%%' % ('hé', 'hé', 'hé', 'ab', 'ab', 'abc', 'xyz', 'z', 0x20ac))
print('%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%o|%#o|%x|%#X|%.3d|%+.3d' % (42, -42, 7, 42, 42, -42, 42, 42, 8, 8, 255, 255, 5, 5))
print('%(a)s and %(b)r, %(a)s again' % {'a': 1, 'b': 'two'}, '%s' % [1, 2], '%s' % ((1, 2),), '%s %s' % (1, 2))
print('%*d|%-*d|%.*f|%*.*f' % (5, 1, 5, 1, 2, 3.14159, 8, 3, 2.5), '%s' % 'only', 'no specifiers' % (), 'x' % {})
print('%-08d|%0-8d|%#x|%#o|%#5x|% 5d|%  d' % (3, 3, 0, 0, 10, -3, 4))
for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%', ()), ('%y', 1), ('%(a)s', ('x',)),
                  ('%(a)s', {}), ('%c', 'ab'), ('%c', -1), ('%c', 0x110000), ('%*d', ('a', 1)), ('%(a)', {'a': 1}),
                  ('%d', None), ('%.2147483648f', 1.0), ('%s %(a)s', {'a': 1})]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
