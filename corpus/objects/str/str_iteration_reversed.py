# Iterating a str yields one-character strings per code point (astral characters are single items).
s = 'a\u20ac\U0001f600e\u0301'
print(list(s), list(reversed(s)), len(s), [ord(c) for c in s], list(enumerate(s))[2])
it = iter(s)
print(next(it), next(it), list(it), list(it))
r = reversed('abc')
print(type(r).__name__, next(r), r.__length_hint__(), list(r))
print(sorted('banana'), set('banana') == {'a', 'b', 'n'}, dict.fromkeys('banana'), max('abcα'), ''.join(reversed('xyz')))
print(tuple('hi'), [*'abc'], 'x' in iter('xyz'), list(map(str.upper, 'ab')), list(zip('ab', 'xyz')))
