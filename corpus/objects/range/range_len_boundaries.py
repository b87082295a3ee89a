# len(range) at the sys.maxsize boundary, and ranges whose length computation involves big steps.
import sys
m = sys.maxsize
print(len(range(m)), len(range(-1, m - 1)), len(range(0, m, 2)), len(range(m, -m - 1, -m)))
for r in (range(-1, m), range(-m - 1, m), range(0, 2**64, 2**32)):
    try:
        print(len(r))
    except OverflowError as e:
        print(type(e).__name__, e)
print(range(-1, m)[m], range(0, 2**64, 2**32)[-1])
