# Indexing and slicing strings: negative indices, steps, clamped out-of-range slices and the IndexError message.
s = 'ab\u20ac\U0001f600xyz'
print(len(s), s[0], s[-1], s[2], s[3], s[-4], s[1:4], s[::-1], s[::2], s[1::3], s[-3:], s[:-3], s[100:], s[-100:2], s[5:1], s[5:1:-1])
print(repr(s[10:20]), s[::-2], s[3:4] == '\U0001f600', s[-1:-8:-3], s[None:None:None], s[len(s) - 1::-1][:3])
for i in (7, -8, 2**63, -(2**100)):
    try:
        s[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
for bad in ('1', 1.0, None):
    try:
        s[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
