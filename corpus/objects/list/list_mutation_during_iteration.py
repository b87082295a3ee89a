# Iterating a list while mutating it: the index-based iterator skips or repeats elements, never raises.
a = [1, 2, 3, 4, 5, 6]
seen = []
for x in a:
    seen.append(x)
    if x % 2 == 0:
        a.remove(x)
print(seen, a)
b = [1, 2]
count = 0
for x in b:
    count += 1
    if count < 5:
        b.append(x * 10)
print(b, count)
c = [1, 2, 3]
it = iter(c)
print(next(it))
c[:] = ['a', 'b', 'c', 'd']
print(list(it))
print(list(it), next(iter([]), 'exhausted'))
