# sys.getsizeof(list) follows the over-allocation pattern of append, and the exact sizing of literals and list().
import sys
a = []
seen = []
for i in range(100):
    a.append(i)
    s = sys.getsizeof(a)
    if not seen or seen[-1][1] != s:
        seen.append((len(a), s))
print(seen)
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]))
print(sys.getsizeof(list(range(5))), sys.getsizeof(list(range(10))), sys.getsizeof([0] * 5), sys.getsizeof([x for x in range(5)]))
b = list(range(100))
for _ in range(95):
    b.pop()
print(len(b), sys.getsizeof(b))
c = [0] * 10
c.clear()
print(sys.getsizeof(c))
literal3 = [1, 2, 3]
literal_pair = [1, 2]
repeated = [None] * 7
comp = [i for i in range(10)]
