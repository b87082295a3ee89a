# `in` on bytes accepts an int byte value or a bytes-like substring; other types and out-of-range ints fail.
b = b'hello\x00\xff'
print(104 in b, 0 in b, 255 in b, 1 in b, b'ell' in b, b'' in b, bytearray(b'lo') in b, memoryview(b'he') in b, True in b'\x01')
for x in (256, -1, 'h', 1.0, None, [104]):
    try:
        print(x in b)
    except (ValueError, TypeError) as e:
        print(repr(x), type(e).__name__, e)
