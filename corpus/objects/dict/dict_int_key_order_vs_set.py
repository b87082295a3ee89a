# Dicts keep insertion order for int keys (unlike sets, which order by hash slot).
keys = [5, 3, 100, 1, 64, 33, 8]
d = dict.fromkeys(keys)
s = set(keys)
print(list(d), list(s))
d2 = {}
for k in ['banana', 'apple', 'cherry']:
    d2[k] = len(k)
print(list(d2), list(set(d2)))
