# None in string building: str.join rejects it, %-format and f-strings render it, concatenation fails.
print('%s|%r|%5s|%-5s|' % (None, None, None, None), '{0}|{0!r}|{0!s:^8}|'.format(None))
try:
    ','.join(['a', None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' + None
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%d' % None
except TypeError as e:
    print(type(e).__name__, e)
try:
    '{:d}'.format(None)
except TypeError as e:
    print(type(e).__name__, e)
print(str(None) + '!', repr([None, 'None']), ascii(None))
