# True/False are equal and hash-equal to 1/0, so they collide with ints and floats as keys and work as indices.
d = {1: 'int one', True: 'bool one', 1.0: 'float one'}
print(d, len(d))
d = {True: 'a'}
d[1] = 'b'
print(d)
d = {0: 'zero'}
d[False] = 'f'
d[0.0] = 'g'
print(d)
s = {0, False, 0.0, -0.0, 0j}
print(s, len(s))
s = {False, 0}
print(s)
print(['a', 'b'][True], ['a', 'b'][False], 'xyz'[True:], (10, 20, 30)[-True])
print([1, True, 1.0].count(True), [0, 1, 2].index(True), True in {1: 0}, hash(True), hash(False))
print(list(range(True, 5, True)), 'abc'[::True])
