# strip/lstrip/rstrip with default Unicode whitespace and with a character set; removeprefix/removesuffix remove once.
for s in ['  hi  ', '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0hi\u2000\u200a\u2028\u202f\u205f\u3000', '\u200bhi\u200b', '', '   ']:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
s = 'xxyhelloyxx'
print(s.strip('xy'), s.lstrip('yx'), s.rstrip('x'), s.strip(''), s.strip(None), 'www.example.com'.strip('cmowz.'))
print('aaa'.removeprefix('a'), 'aaa'.removesuffix('aa'), 'abc'.removeprefix(''), 'abc'.removesuffix('abcd'),
      'abc'.removeprefix('abc'), 'TestCase'.removesuffix('Case'), ''.removeprefix(''))
for call in (lambda: 'a'.strip(1), lambda: 'a'.removeprefix(None), lambda: 'a'.removesuffix(('a',)), lambda: 'a'.lstrip('a', 'b')):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
