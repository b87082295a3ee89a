# bytes(): from a count, iterables of ints, str with encoding, buffers, __bytes__ and __index__, plus every error message.
print(bytes(), bytes(3), bytes([65, 66]), bytes((0, 255)), bytes(range(3)), bytes(b'ab'), bytes(bytearray(b'x')),
      bytes(memoryview(b'mv')), bytes('é', 'utf-8'), bytes('é', encoding='latin-1'), bytes('ab', 'ascii', 'strict'),
      bytes(x for x in (1, 2)), bytes(True))
class B:
    def __bytes__(self):
        return b'from __bytes__'
class I:
    def __index__(self):
        return 2
print(bytes(B()), bytes(I()), bytes([I(), I()]))
for args in [('abc',), (-1,), ([256],), ([-1],), (1.5,), (b'x', 'utf-8'), (['a'],), (None,), ('é', 'ascii'), (1, 'utf-8'),
             ('a', 'nope'), ([1.0],), ('a', 'utf-8', 'strict', 'x')]:
    try:
        print(bytes(*args))
    except (TypeError, ValueError, LookupError, UnicodeError) as e:
        print(args, type(e).__name__, e)
class BadBytes:
    def __bytes__(self):
        return 'str'
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
