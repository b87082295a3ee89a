# Duplicate keys in displays and comprehensions: the last value wins but the key keeps its first position and object.
d = {1: 'a', 2: 'b', 1: 'c'}
print(d)
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, type(next(iter(d))).__name__)
d = {k % 3: k for k in range(7)}
print(d)
d = dict([('x', 1), ('y', 2), ('x', 3)])
print(d)
d = {'b': 1, **{'a': 2, 'b': 3}}
print(d)
