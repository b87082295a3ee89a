# sys.getsizeof(frozenset) uses the same table layout as set.
import sys
for n in (0, 1, 4, 5, 18, 19, 100):
    print(n, sys.getsizeof(frozenset(range(n))))
empty = frozenset()
five = frozenset(range(5))
