# Ranges with negative steps: membership, lengths, indices and how they map to lists.
for start, stop, step in [(10, 0, -1), (10, 0, -3), (0, 10, -1), (-1, -10, -2), (5, 5, -1), (3, -4, -7)]:
    r = range(start, stop, step)
    print(repr(r), len(r), list(r), [x in r for x in (10, 1, 0, -1, -9, 3)], r[-1] if r else '-', r[::-1])
