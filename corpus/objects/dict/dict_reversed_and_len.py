# reversed() on dicts and views iterates in reverse insertion order; len and bool of dicts and views.
d = {'x': 1, 'y': 2, 'z': 3}
del d['y']
d['y'] = 4
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(len(d), len(d.keys()), bool({}), bool({}.items()), bool(d.values()))
r = reversed(d)
d['w'] = 5
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e)
