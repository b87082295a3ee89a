# center/ljust/rjust padding placement (center puts the extra space on the right for even length), fillchar rules, zfill signs.
for s in ['', 'a', 'ab', 'abc', 'abcd']:
    print([s.center(w, '*') for w in range(0, 8)])
print(repr('ab'.ljust(5)), repr('ab'.rjust(5, '\u20ac')), repr('ab'.center(7, '\U0001f600')), repr('abc'.center(2)))
for s in ['42', '-42', '+42', '', '-', '+', 'abc', '--1', ' 42', '4.5', '-0.5e3', '\u0661\u0662']:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(-1)))
for call in (lambda: 'a'.center(5, 'xy'), lambda: 'a'.ljust(5, ''), lambda: 'a'.rjust(5, 1), lambda: 'a'.center('5'),
             lambda: 'a'.zfill(None)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
