# str.split / rsplit: whitespace mode vs explicit separator, maxsplit from either side, Unicode spaces, empty separator.
cases = ['', '   ', 'a b  c', '  a b  c  ', 'a\tb\nc\x0bd\x0ce\x1cf\x85g\xa0h\u2003i\u3000j\u200bk', 'a,b,,c,', ',', ',,']
for s in cases:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(','), s.rsplit(',', 1),
          s.split(',', 0), s.split(maxsplit=0))
s = 'one::two::three::'
print(s.split('::'), s.rsplit('::'), s.split('::', 1), s.rsplit('::', 1), s.split('::', -1), s.rsplit(sep='::', maxsplit=2))
print('aaa'.split('aa'), 'aaa'.rsplit('aa'), 'aaaa'.split('aa'), 'abcabc'.split('abc'), 'x'.split('x'))
print('  a  '.split(' '), '  a  '.rsplit(' ', 1), 'a b c'.split(' ', 5))
for call in (lambda: 'a'.split(''), lambda: 'a'.rsplit(''), lambda: 'a'.split(1), lambda: 'a'.split(',', 'x')):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
