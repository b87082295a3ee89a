# List indexing: negative indices, IndexError messages for get and set, bad index types, huge indices.
a = [1, 2, 3]
print(a[0], a[-1], a[-3], a[True])
for idx in (3, -4, 2**63, -(2**80)):
    try:
        a[idx]
    except IndexError as e:
        print(idx, 'get', type(e).__name__, e)
    try:
        a[idx] = 0
    except IndexError as e:
        print(idx, 'set', type(e).__name__, e)
for idx in ('0', 1.0, None, (1,)):
    try:
        a[idx]
    except TypeError as e:
        print(repr(idx), type(e).__name__, e)
print(a[-100:100], a[3:], a[1:1], a[::-1], a[::2], a[5:-5])
