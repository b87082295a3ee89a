# Repr of dict views and of dicts containing themselves; the view types' names.
d = {'a': 1, 2: [3]}
print(d.keys(), d.values(), d.items(), repr({}.keys()), type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
d['self'] = d
print(d)
e = {}
e[1] = e.values()
print(e)
print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__, type(reversed(d)).__name__)
