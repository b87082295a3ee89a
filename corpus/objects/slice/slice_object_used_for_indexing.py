# Explicit slice objects index lists, strings, tuples and ranges exactly like the [a:b:c] syntax.
s = slice(1, None, 2)
data = [list(range(8)), 'abcdefgh', tuple('xyzwv'), range(10, 20), b'bytes!']
for d in data:
    print(d[s] == d[1::2], d[s])
print('hello'[slice(None, None, -1)], [1, 2, 3][slice(-2, None)], (1, 2)[slice(5)])
a = list(range(6))
a[slice(0, 2)] = 'XY'
del a[slice(None, None, 3)]
print(a)
