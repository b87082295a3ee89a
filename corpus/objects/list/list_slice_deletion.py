# del with items, slices, extended slices with positive and negative steps, and out-of-range indices.
a = list(range(12))
del a[0]
del a[-1]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[10:20]
del a[3:1]
print(a)
del a[1:3]
print(a)
for idx in (10, -10):
    try:
        del a[idx]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    del a['x']
except TypeError as e:
    print(type(e).__name__, e)
del a[:]
print(a)
