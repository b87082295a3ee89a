# bytes.join accepts any bytes-like items; split without sep uses only ASCII whitespace; splitlines has fewer boundaries than str.
print(b', '.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join([]), b'-'.join((b'x',)), type(b''.join([bytearray(b'q')])).__name__)
for items in ([b'a', 'b'], [1], [b'a', None]):
    try:
        b'.'.join(items)
    except TypeError as e:
        print(type(e).__name__, e)
s = b' a\tb\nc\x0bd\x0ce\rf\x1cg\x85h\xa0i  '
print(s.split(), s.rsplit(None, 2), s.split(b' '), b'a,,b'.split(b','), b'a,,b'.rsplit(b',', 1), b''.split(), b''.split(b','))
print(b'a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h'.splitlines(), b'x\r\n'.splitlines(keepends=True))
try:
    b'a'.split(b'')
except ValueError as e:
    print(type(e).__name__, e)
try:
    b'a'.split('a')
except TypeError as e:
    print(type(e).__name__, e)
