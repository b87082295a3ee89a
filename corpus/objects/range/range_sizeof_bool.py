# range objects are fixed-size (48 bytes) regardless of length; bool(range) is len != 0.
import sys
small = range(3)
large = range(10**30)
empty = range(0)
print(sys.getsizeof(small), sys.getsizeof(large), sys.getsizeof(empty), bool(small), bool(empty), bool(range(5, 0, -1)))
