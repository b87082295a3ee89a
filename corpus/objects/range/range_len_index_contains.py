# range length, indexing and containment are computed arithmetically (O(1) for ints), with exact IndexError messages.
for r in [range(10), range(1, 10, 3), range(10, 0, -3), range(0), range(5, 5), range(5, 0), range(-5, 5, 2), range(0, -10, -4)]:
    print(repr(r), len(r), list(r), r[0] if len(r) else None, r[-1] if len(r) else None, 4 in r, -1 in r, 7 in r)
r = range(0, 100, 7)
print(r[3], r[-2], 49 in r, 50 in r, 49.0 in r, True in range(2), '1' in r, r.index(49), r.count(49), r.count(50))
for i in (15, -16):
    try:
        r[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    r.index(50)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(3).index('x')
except ValueError as e:
    print(type(e).__name__, e)
