# pop with/without default, popitem (LIFO) and the KeyError reprs for missing keys and empty dicts.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('a'), d.pop('zz', 'default'), d.pop('zz', None), d.popitem(), d)
for key in ('missing', 1, (1, 2), None, '', "quote's", 1.5):
    try:
        d.pop(key)
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
d.popitem()
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    {}['x']
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop()
except TypeError as e:
    print(type(e).__name__, e)
