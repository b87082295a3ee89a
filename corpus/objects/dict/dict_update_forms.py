# dict.update with mappings, pairs, kwargs; ordering of overwritten keys; errors leave earlier pairs applied.
d = {'a': 0, 'b': 0}
d.update({'b': 1, 'c': 1})
d.update([('d', 2)], e=3)
d.update(a=9)
print(d)
d.update()
d.update({})
print(d)
try:
    d.update([('f', 4), ('g',), ('h', 5)])
except ValueError as e:
    print(type(e).__name__, e)
print(d)
for arg in (1, [1], 'ab'):
    try:
        d.update(arg)
    except (TypeError, ValueError) as e:
        print(repr(arg), type(e).__name__, e)
try:
    d.update({}, {})
except TypeError as e:
    print(type(e).__name__, e)
