# sys.getsizeof(set): 216 with the inline 8-slot table, growing 4x on resize; set literals and set() of ranges differ.
import sys
s = set()
seen = [(0, sys.getsizeof(s))]
for i in range(100):
    s.add(i)
    size = sys.getsizeof(s)
    if seen[-1][1] != size:
        seen.append((len(s), size))
print(seen)
print(sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set(range(5))), sys.getsizeof({1, 2, 3, 4}), sys.getsizeof(frozenset(range(5))))
t = set(range(50))
t.clear()
print(sys.getsizeof(t))
lit = {1, 2, 3, 4, 5}
from_range = set(range(5))
small = {1}
