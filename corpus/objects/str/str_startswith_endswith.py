# startswith/endswith with tuples of affixes, start/end slices (including empty affix edge cases) and argument errors.
s = 'hello world'
print(s.startswith('he'), s.startswith(('x', 'hel')), s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9))
print(s.endswith('ld'), s.endswith(('x', 'y')), s.endswith('hello', 0, 5), s.endswith('o', -7, -5), s.endswith(()))
print(s.startswith(''), s.startswith('', 11), s.startswith('', 12), s.endswith('', 5, 3), ''.startswith(''), ''.endswith('', 1))
print(s.startswith('h', -100), s.endswith('d', 0, 100), s.startswith(('',)), s.startswith('h', None), s.endswith('d', None, None))
for call in (lambda: s.startswith(['h']), lambda: s.endswith(('h', 1)), lambda: s.startswith(b'h'), lambda: s.endswith()):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
