# str(): from objects via __str__/__repr__, decoding bytes with encoding/errors, and constructor error messages.
print(str(), str(1), str(1.5), str(None), str([1, 'a']), str(b'ab'), str(bytearray(b'x')), str('x'), str(str))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', 'latin-1'), str(b'a\xffb', 'utf-8', 'replace'),
      str(b'a\xffb', errors='ignore'), str(b'a\xffb', 'ascii', 'backslashreplace'), str(object=b'zz'))
class OnlyRepr:
    def __repr__(self):
        return 'R'
class BadStr:
    def __str__(self):
        return 5
print(str(OnlyRepr()), '%s' % OnlyRepr(), f'{OnlyRepr()}')
for call in (lambda: str(BadStr()), lambda: str(1, 'utf-8'), lambda: str('a', 'utf-8'), lambda: str(b'\xff', 'utf-8'),
             lambda: str(b'a', 'nope'), lambda: str(b'\x80', 'ascii'), lambda: str(b'a', 'utf-8', 'strict', 'x')):
    try:
        print(call())
    except (TypeError, UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
