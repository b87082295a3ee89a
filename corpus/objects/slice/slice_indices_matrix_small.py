# slice.indices over every combination of small start/stop/step (including None) for lengths 0..3, checked against lists.
vals = [None, -4, -1, 0, 1, 3, 5]
steps = [None, -2, -1, 1, 2]
bad = 0
lines = 0
for n in range(4):
    seq = list(range(n))
    for st in vals:
        for sp in vals:
            for step in steps:
                s = slice(st, sp, step)
                t = s.indices(n)
                if list(range(*t)) != seq[s]:
                    bad += 1
                if n == 3 and step in (None, -1) and st in (None, -1, 5) and sp in (None, 0, -4):
                    print(s, t, seq[s])
                    lines += 1
print('mismatches', bad, 'shown', lines)
