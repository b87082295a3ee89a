# Slice assignment replaces a range with any iterable (resizing); extended slices need exactly matching lengths.
a = list(range(8))
a[2:4] = ['x', 'y', 'z']
print(a)
a[:0] = 'AB'
print(a)
a[len(a):] = (100,)
print(a)
a[3:1] = [None]
print(a)
a[1:-1] = []
print(a)
b = list(range(10))
b[::2] = 'abcde'
print(b)
b[::-3] = [0, 0, 0, 0]
print(b)
b[1:2:1] = [7, 7, 7]
print(b)
b[:] = b
print(b)
c = [1, 2, 3]
c[1:2] = c
print(c)
for key, val in [(slice(None, None, 2), [1]), (slice(0, 2), 5), (slice(None, None, -1), [1, 2]), (slice(0, 4, 2), 'abc'),
                 (slice(0, 2), None)]:
    try:
        c[key] = val
    except (ValueError, TypeError) as e:
        print(key, type(e).__name__, e)
print(c)
