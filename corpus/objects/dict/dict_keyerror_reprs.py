# KeyError from d[k] carries the key itself: str(e) is repr(key) for one arg, tuples are shown as tuples.
d = {}
for key in ['a', 0, 1.5, (), (1,), ('a', 'b'), None, frozenset(), b'x', True, '']:
    try:
        d[key]
    except KeyError as e:
        print(repr(key), '| str:', str(e), '| repr:', repr(e), '| args:', e.args)
try:
    del d['gone']
except KeyError as e:
    print('del', str(e))
print(str(KeyError()), str(KeyError('a', 'b')), str(KeyError(('t',))))
