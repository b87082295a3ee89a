# repr(bytes) of every byte value: printable ASCII as-is, \t \n \r and \\ escaped, everything else \xNN; quote choice.
data = bytes(range(256))
for i in range(0, 256, 32):
    print(repr(data[i:i + 32]))
for b in [b'', b"'", b'"', b'\'"', b"it's", b'\\', b'\x00\x7f\x80\xff', b'\a\b\f\v']:
    print(repr(b), str(b), len(b))
