# sys.getsizeof(tuple) is 40 + 8 per item; the empty tuple is a shared singleton.
import sys
for n in (0, 1, 2, 3, 10, 100):
    print(n, sys.getsizeof(tuple(range(n))))
e = ()
print(e is tuple(), tuple([]) is e, (1, 2)[:0] is e, tuple(range(0)) is e)
empty = ()
pair = (1, 2)
hundred = tuple(range(100))
nested = ((1, 2), (3, 4))
