# str.join over lists, tuples, generators, dicts and strings; non-str items raise with their index and type.
print(','.join(['a', 'b', 'c']), '-'.join('xyz'), ''.join([]), ' '.join(('one',)), '|'.join({'k1': 1, 'k2': 2}),
      '+'.join(str(i) for i in range(5)), '\u20ac'.join(['a', 'b']), ', '.join(map(str, [1.5, None, True])))
for items in (['a', 1], ['a', 'b', None], [b'x'], [['a']], 5, [1]):
    try:
        print('.'.join(items))
    except TypeError as e:
        print(type(e).__name__, e)
class S(str):
    pass
r = ''.join([S('only')])
print(repr(r), type(r).__name__, type('-'.join([S('a'), S('b')])).__name__)
