# complex objects are 32 bytes; complex() of an exact complex returns it unchanged.
import sys
z = 1 + 2j
w = complex(z)
print(sys.getsizeof(z), sys.getsizeof(0j), sys.getsizeof(complex(1e308, -1e308)), w is z, complex.__basicsize__)
class Z(complex):
    pass
s = Z(1, 2)
print(repr(s), type(s).__name__, type(s + 0).__name__, type(-s).__name__, complex(s) is s, type(complex(s)).__name__)
