# Tuple indexing and slicing, including out-of-range errors and the identity of full slices.
t = tuple(range(10))
print(t[0], t[-1], t[2:5], t[::-1], t[::3], t[-3:], t[100:], t[5:2], t[8:2:-2], t[:] is t, t[0:10] is t)
for i in (10, -11):
    try:
        t[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    t['0']
except TypeError as e:
    print(type(e).__name__, e)
