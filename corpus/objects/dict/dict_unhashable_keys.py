# Unhashable keys fail on insertion and lookup, including get(), `in` and pop().
d = {'a': 1}
for call in (lambda: d.__setitem__([], 1), lambda: d[{}], lambda: [] in d, lambda: d.get(set()), lambda: d.pop([]),
             lambda: {[1]: 2}, lambda: dict.fromkeys([[1]]), lambda: d.setdefault(bytearray())):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
