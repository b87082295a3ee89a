# bytes.maketrans builds a 256-byte table; translate takes a table or None plus bytes to delete.
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], type(t).__name__, b'aabbcc-d'.translate(t), b'aabbcc-d'.translate(t, b'-'), b'hello'.translate(None, b'l'))
print(b'hello'.translate(None), bytearray(b'abc').translate(t), bytearray.maketrans(b'a', b'b')[97])
for call in (lambda: bytes.maketrans(b'ab', b'c'), lambda: b'a'.translate(b'short'), lambda: b'a'.translate('x' * 256),
             lambda: bytes.maketrans('a', 'b'), lambda: b'a'.translate(None, 'a')):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
