# find/rfind/index/rindex/count with start/end (negative and out-of-range), empty needles and the not-found errors.
s = 'abracadabra'
for sub in ['a', 'abra', 'bra', 'z', '', 'abracadabraa']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 1), s.rfind(sub, 0, 8), s.count(sub, 2, -2),
          s.find(sub, -4), s.find(sub, 100), s.count(sub, 5, 2), s.find(sub, 11), s.rfind(sub, 11))
print(''.find(''), ''.count(''), 'abc'.count(''), 'abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind('', -1), 'aaaa'.count('aa'))
print(s.index('c'), s.rindex('a'), s.index('a', 1, 4), s.find('a', None, None), s.rfind('a', None, -1))
for call in (lambda: s.index('z'), lambda: s.rindex('a', 1, 3), lambda: s.index(''), lambda: s.find(1), lambda: s.count('a', 'b')):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
u = '\U0001f600x\U0001f600'
print(u.find('x'), u.rfind('\U0001f600'), u.count('\U0001f600'), 'éé\u20ac'.find('\u20ac'))
