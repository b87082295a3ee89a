# bytearray() constructor forms mirror bytes(), producing fresh mutable copies.
src = b'abc'
print(bytearray(), bytearray(3), bytearray(b'ab'), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(range(3)),
      bytearray(memoryview(b'm')), bytearray(bytearray(b'c')), bytearray(src) is not src)
for args in [('abc',), (-1,), ([256],), (1.5,), (b'x', 'ascii'), (None,)]:
    try:
        print(bytearray(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
