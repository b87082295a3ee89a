# sys.getsizeof(bytes) is 33 + len (header plus trailing NUL), independent of contents.
import sys
for n in (0, 1, 2, 7, 8, 100, 1000):
    print(n, sys.getsizeof(bytes(n)), sys.getsizeof(b'\xff' * n))
empty = b''
short = b'abc'
kilo = bytes(1024)
