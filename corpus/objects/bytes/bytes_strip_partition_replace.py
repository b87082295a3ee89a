# bytes strip family (ASCII whitespace only by default), partition, replace and removeprefix/removesuffix.
s = b'\x85\xa0 \t\n\x0b\x0c\r data \r\n'
print(s.strip(), s.lstrip(), s.rstrip(), b'xxdataxy'.strip(b'xy'), b'data'.strip(b''), b'---a---'.lstrip(b'-'))
print(b'k=v=w'.partition(b'='), b'k=v=w'.rpartition(b'='), b'kv'.partition(b'='), b'kv'.rpartition(b'='))
print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'a', b'', 2), b'ab'.replace(b'', b'-'), b'abc'.replace(b'b', bytearray(b'B')))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'a'.removeprefix(b'b'))
for call in (lambda: b'a'.partition(b''), lambda: b'a'.strip('a'), lambda: b'a'.replace('a', 'b'), lambda: b'a'.removeprefix('a')):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
