# Slicing a range returns a new range (not a list) with computed start/stop/step.
r = range(0, 20, 3)
for s in [slice(None), slice(2, 5), slice(None, None, -1), slice(1, None, 2), slice(-3, None), slice(100, 200), slice(5, 1, -2),
          slice(None, None, 5), slice(-100, 100), slice(None, -1, -3)]:
    print(s, r[s], list(r[s]) == list(r)[s])
print(range(10)[::-1], range(10, 0, -1)[::-1], range(5)[::-2], range(0)[::-1], range(1, 2)[5:])
try:
    r[::0]
except ValueError as e:
    print(type(e).__name__, e)
