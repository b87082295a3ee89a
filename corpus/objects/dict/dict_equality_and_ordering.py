# Dict equality ignores order and compares values with ==; dicts do not support ordering comparisons.
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 1} == {1: 1.0}, {1: 1} == {True: True}, {} == {}, {1: 2} != {1: 3})
nan = float('nan')
d = {1: nan}
print(d == d, d == {1: nan}, {1: float('nan')} == {1: float('nan')})
print({'a': 1}.keys() == {'a'}, {'a': 1}.items() == {('a', 1)}, {'a': 1} == [('a', 1)])
try:
    {1: 1} < {1: 1}
except TypeError as e:
    print(type(e).__name__, e)
