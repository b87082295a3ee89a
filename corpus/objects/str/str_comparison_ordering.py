# str ordering is by code point: uppercase before lowercase, prefixes first, and astral characters after the BMP.
words = ['b', 'a', 'B', 'A', '', 'aa', 'a ', 'Z', 'z', 'é', 'e', '\uffff', '\U00010000', '10', '9', '_', '~', 'ab', 'a\x00']
print(sorted(words))
print(sorted(words, key=str.lower), sorted(words, key=str.casefold, reverse=True))
print('a' < 'b', 'a' < 'aa', 'Z' < 'a', '\uffff' < '\U00010000', 'é' > 'z', 'abc' <= 'abc', 'abd' > 'abc', max('hello'), min('hello'))
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
print('a' == 'a', 'a' == b'a', 'a' != 'A', 'straße' == 'strasse', '\u00e9' == 'e\u0301')
