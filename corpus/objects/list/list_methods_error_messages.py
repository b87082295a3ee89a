# Argument errors for list methods name the method and the counts.
a = [1, 2]
for call in (lambda: a.append(1, 2), lambda: a.insert(1), lambda: a.pop(1, 2), lambda: a.count(), lambda: a.reverse(1),
             lambda: a.copy(1), lambda: a.clear(1), lambda: a.sort(1), lambda: a.extend(), lambda: a.index(), lambda: a.remove(),
             lambda: list.append([], 1, 2), lambda: list.append(1, 2)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
