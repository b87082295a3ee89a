# bytearray compares equal and orders with bytes and other bytearrays by content; never equal to str.
a = bytearray(b'abc')
print(a == b'abc', b'abc' == a, a == bytearray(b'abc'), a != 'abc', a < b'abd', a > bytearray(b'ab'), a <= b'abc', a >= memoryview(b'abc'))
print(sorted([bytearray(b'b'), b'a', bytearray(b'c'), b'ab']), max(b'a', bytearray(b'b')), a in [b'abc'], b'abc' in [a])
try:
    a < 'abc'
except TypeError as e:
    print(type(e).__name__, e)
