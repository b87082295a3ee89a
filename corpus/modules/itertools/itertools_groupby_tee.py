# groupby's groups (invalidated when the groupby moves on) and tee's independent copies.
from itertools import groupby, tee

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print(list(groupby([])))
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
gb = groupby("xxyy")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(type(g2).__name__, type(gb).__name__)

a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("abc", 3)
print(list(x), list(z), list(y))
print(tee([1], 0), len(tee([1])), type(a).__name__)
p, q = tee(iter([1, 2, 3]))
r = p.__copy__()
print(next(p), list(r), list(q), list(p))
c, d = tee(p)
print(list(c), list(d))
m, n = tee(range(200))
print(sum(m), sum(n))
s1, s2 = tee(a)
print(s1 is a, list(s1))
for call in [lambda: tee(), lambda: tee([1], 2, 3), lambda: tee([1], -1), lambda: tee([1], "a"), lambda: tee(1),
             lambda: tee([1], n=2), lambda: groupby(), lambda: groupby(1), lambda: groupby([1], key=None, x=1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
