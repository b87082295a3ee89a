# get and setdefault: defaults, None as the default default, setdefault inserting only when missing.
d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 0), d.setdefault('a', 100), d.setdefault('b', []), d.setdefault('c'), d)
d.setdefault('b', []).append(1)
d.setdefault('b', []).append(2)
print(d)
for call in (lambda: d.get(), lambda: d.get([], 1), lambda: d.setdefault(), lambda: d.setdefault({}, 1), lambda: d.get('a', 1, 2)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
