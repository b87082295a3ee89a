# Slice assignment on bytearray can resize; extended slices need equal length; the right side must be bytes-like or ints.
ba = bytearray(b'abcdef')
ba[1:3] = b'XYZW'
print(ba)
ba[:0] = b'>>'
ba[len(ba):] = bytearray(b'<<')
print(ba)
ba[2:6] = b''
print(ba)
ba[::2] = b'1234'
print(ba)
ba[1:3] = [65, 66, 67]
ba[0:1] = memoryview(b'M')
print(ba)
ba[5:2] = b'ins'
print(ba)
ba[::-1] = ba
print(ba)
ba[1:4] = (x for x in b'!!')
print(ba)
for key, val in [(slice(None, None, 2), b'x'), (slice(0, 2), 5), (slice(0, 2), 'ab'), (slice(0, 2), [300]), (slice(0, 2), [1.5]),
                 (slice(None, None, -1), b'toolong' * 5), (slice(0, 2), None)]:
    try:
        ba[key] = val
    except (ValueError, TypeError) as e:
        print(key, type(e).__name__, e)
print(ba)
