# Dicts iterate in insertion order; updating a value keeps the position; delete then re-insert moves the key to the end.
d = {}
for k in ['z', 'a', 'm', 3, 1, 2, (0,), None]:
    d[k] = len(d)
print(list(d), list(d.values()))
d['a'] = 'updated'
print(list(d.items())[:3])
del d['z']
d['z'] = 'back'
print(list(d))
d.pop(3)
d[3] = 'again'
print(list(d))
d2 = {1: 'a', True: 'b', 1.0: 'c'}
print(d2, type(list(d2.keys())[0]).__name__)
