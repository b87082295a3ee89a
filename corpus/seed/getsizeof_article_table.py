# The article's sys.getsizeof table (the real 3.13 values, several of which differ from the article).
import sys

print(sys.getsizeof(True))
print(sys.getsizeof(0))
print(sys.getsizeof(3.14))
print(sys.getsizeof([]))
print(sys.getsizeof([1, 2, 3]))
print(sys.getsizeof({}))
print(sys.getsizeof("hello"))
