# memoryview objects have a fixed size regardless of the buffer they view.
import sys

buf = bytearray(1000)
mv_small = memoryview(b"abc")
mv_big = memoryview(buf)
mv_slice = mv_big[10:20]
mv_cast = mv_big.cast("I")
for name in ("mv_small", "mv_big", "mv_slice", "mv_cast"):
    value = globals()[name]
    print(name, value.nbytes, value.format, sys.getsizeof(value))
mv_small.release()
print("released", sys.getsizeof(mv_small))
