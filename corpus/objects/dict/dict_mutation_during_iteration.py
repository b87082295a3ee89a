# Changing a dict's size during iteration raises RuntimeError; value updates are allowed; changed keys are detected.
d = {'a': 1, 'b': 2}
for k in d:
    d[k] = d[k] * 10
print(d)
try:
    for k in d:
        d['new' + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
seen = []
try:
    for k in d:
        seen.append(k)
        if k == 'a':
            del d['b']
            d['c'] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
print('same size, different keys:', seen, d)
d = {i: i for i in range(3)}
seen = []
try:
    for k in d:
        seen.append(k)
        if len(seen) < 10:
            del d[k]
            d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(seen, d)
for view in ('keys', 'values', 'items'):
    d = {1: 1}
    try:
        for x in getattr(d, view)():
            d[len(d) + 1] = 0
    except RuntimeError as e:
        print(view, type(e).__name__, e)
