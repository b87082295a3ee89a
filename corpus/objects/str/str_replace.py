# str.replace: all or count occurrences (positional or keyword count), empty old inserts between characters.
s = 'aaa-bbb-aaa'
print(s.replace('a', 'x'), s.replace('a', 'x', 2), s.replace('a', 'x', 0), s.replace('a', 'x', -1), s.replace('aa', 'Y'))
print(s.replace('', '|'), s.replace('', '|', 3), ''.replace('', 'X'), ''.replace('a', 'b'), 'abc'.replace('abc', ''))
print(s.replace('-', '', count=1), s.replace('z', 'q'), 'aaaa'.replace('aa', 'a'), 'ab'.replace('ab', 'abab', 1))
print('é€😀'.replace('€', 'E'), 'xyz'.replace('y', '\U0001f600'), 'a\U0001f600b'.replace('\U0001f600', ''))
for call in (lambda: s.replace('a'), lambda: s.replace(1, 'x'), lambda: s.replace('a', 'b', 'c'), lambda: s.replace('a', 'b', 1.0)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
