# bytearray is mutable and unhashable: it cannot be a dict key or set member, but equals bytes with the same content.
ba = bytearray(b'key')
for call in (lambda: hash(ba), lambda: {ba: 1}, lambda: {ba}, lambda: frozenset([ba])):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(ba == b'key', b'key' in {bytes(ba): 1}, bytearray.__hash__ is None)
