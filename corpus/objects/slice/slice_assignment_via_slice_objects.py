# setitem/delitem with explicit slice objects on list and bytearray, including step -1 replacement.
a = list('abcdef')
a[slice(None, None, -1)] = 'FEDCBA'
print(a)
a[slice(1, 3)] = []
print(a)
b = bytearray(b'abcdef')
b[slice(0, None, 2)] = b'XYZ'
del b[slice(-2, None)]
print(b)
try:
    a[slice(0, None, 2)] = [1]
except ValueError as e:
    print(type(e).__name__, e)
