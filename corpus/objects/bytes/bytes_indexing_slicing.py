# Indexing bytes yields ints; slicing yields bytes; out-of-range indices raise 'index out of range'.
b = b'hello'
print(b[0], b[-1], type(b[0]).__name__, b[1:3], b[::-1], b[::2], b[10:], b[-100:2], b[3:1], b[4:0:-2], b[:0])
for i in (5, -6):
    try:
        b[i]
    except IndexError as e:
        print(type(e).__name__, e)
for bad in ('0', 0.0):
    try:
        b[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(list(b), list(reversed(b)), [c for c in b'\x00\xff'], bytes(reversed(b)), b'abc'[1:2] == b'b')
