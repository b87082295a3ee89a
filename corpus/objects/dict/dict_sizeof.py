# sys.getsizeof(dict) as keys are added incrementally, for str-only vs general keys, literals and fromkeys.
import sys
d = {}
seen = [(0, sys.getsizeof(d))]
for i in range(90):
    d[i] = i
    s = sys.getsizeof(d)
    if seen[-1][1] != s:
        seen.append((len(d), s))
print(seen)
s = {}
seen = [(0, sys.getsizeof(s))]
for i in range(50):
    s['k%d' % i] = i
    size = sys.getsizeof(s)
    if seen[-1][1] != size:
        seen.append((len(s), size))
print(seen)
print(sys.getsizeof({'a': 1}), sys.getsizeof({1: 1}), sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}))
print(sys.getsizeof(dict.fromkeys(range(21))), sys.getsizeof(dict.fromkeys(set(range(21)))), sys.getsizeof(dict(a=1)))
e = dict.fromkeys(range(10))
for k in range(10):
    del e[k]
print(len(e), sys.getsizeof(e))
e.clear()
print(sys.getsizeof(e))
empty = {}
one_str = {'a': 1}
one_int = {1: 1}
six_str = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}
comp = {i: i for i in range(6)}
