# Complex numbers are 32 bytes (header + two doubles) however they are produced.
import sys

c1 = 1j
c2 = complex(3, -4)
c3 = (1 + 2j) * (3 - 1j)
c4 = complex("inf+nanj")
c5 = abs(3 + 4j)
c6 = (-1) ** 0.5
for name in ("c1", "c2", "c3", "c4", "c5", "c6"):
    value = globals()[name]
    print(name, repr(value), type(value).__name__, sys.getsizeof(value))
