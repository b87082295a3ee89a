# bytes compare lexicographically by byte value, equal bytearrays, never equal str; hashes match str for ASCII/latin-1.
vals = [b'b', b'a', b'', b'\xff', b'ab', b'a\x00', b'B', b'aa']
print(sorted(vals), b'a' < b'b', b'a' < b'aa', b'\x7f' < b'\x80', b'abc' == bytearray(b'abc'), b'a' == 'a', b'a' != 'a')
for b in [b'', b'a', b'abc', b'\xe9', b'\x00', b'hello world', bytes(range(20))]:
    print(b, hash(b))
print(hash(b'abc') == hash('abc'), hash(b'\xe9') == hash('\xe9'), hash(b'') == 0)
try:
    b'a' < 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
