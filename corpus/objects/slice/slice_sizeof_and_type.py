# slice objects are 56 bytes (GC-tracked); slice is a final type that cannot be subclassed.
import sys
s = slice(1, 2, 3)
t = slice(None)
print(sys.getsizeof(s), sys.getsizeof(t), type(s).__name__, type(s) is slice)
try:
    class MySlice(slice):
        pass
except TypeError as e:
    print(type(e).__name__, e)
