# True and False are singletons of size 28 whose hashes are 1 and 0; comparisons and bool() return them.
import sys
t = True
f = False
print(sys.getsizeof(t), sys.getsizeof(f), hash(t), hash(f))
print(bool(1) is True, bool('') is False, (2 > 1) is True, (not 0) is True, bool(t) is t)
print((1 == 1.0) is True, isinstance(1 < 2, bool), type(3 in [3]).__name__, type(not None).__name__)
print(id(True) == id(bool(5)), True.__sizeof__(), False.__sizeof__())
