# sys.getsizeof(bytearray) is 56 + allocated bytes; appends over-allocate in steps while constructors allocate exactly.
import sys
ba = bytearray()
seen = []
for i in range(200):
    ba.append(i % 256)
    s = sys.getsizeof(ba)
    if not seen or seen[-1][1] != s:
        seen.append((len(ba), s))
print(seen)
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(1)), sys.getsizeof(bytearray(10)), sys.getsizeof(bytearray(b'abc')))
shrink = bytearray(1000)
del shrink[10:]
print(len(shrink), sys.getsizeof(shrink))
ba2 = bytearray(b'x' * 50)
ba2.clear()
print(sys.getsizeof(ba2), ba2.__alloc__(), bytearray(b'abc').__alloc__(), bytearray().__alloc__())
kept = bytearray(b'kept')
