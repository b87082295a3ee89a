# Iterating a bytearray yields ints and sees mutations made during iteration through the index-based iterator.
ba = bytearray(b'abc')
out = []
for x in ba:
    out.append(x)
    if x == 97:
        ba.append(100)
print(out, ba, 98 in ba, b'bc' in ba, bytearray() in ba)
it = iter(ba)
next(it)
ba.clear()
print(list(it), list(reversed(bytearray(b'xyz'))), list(enumerate(bytearray(b'hi'))))
