# The `in` operator on strings is substring search; the empty string is in every string; non-str operands fail.
s = 'hello'
print('ell' in s, 'hel' in s, 'lo' in s, 'ol' in s, '' in s, '' in '', 'hello!' in s, 'H' in s, 'l' not in s)
print('\U0001f600' in 'a\U0001f600b', '\u20ac' in 'a\u20acb', 'é' in 'e\u0301')
for left in (1, None, ['h'], b'h'):
    try:
        left in s
    except TypeError as e:
        print(type(e).__name__, e)
print(s.__contains__('e'), str.__contains__('abc', 'bc'))
