# Argument errors for dict methods and the dict() constructor.
d = {}
for call in (lambda: d.keys(1), lambda: d.items(1), lambda: d.values(1), lambda: d.pop(), lambda: d.pop(1, 2, 3),
             lambda: d.popitem(1), lambda: d.copy(1), lambda: d.clear(1), lambda: d.update(1, 2), lambda: dict(1, 2),
             lambda: d.fromkeys(), lambda: d.setdefault(1, 2, 3), lambda: dict.get(5, 1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
