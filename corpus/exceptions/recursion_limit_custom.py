# sys.setrecursionlimit changes where RecursionError triggers; the depth reached is deterministic.
import sys

def depth_reached():
    n = 0
    def rec():
        nonlocal n
        n += 1
        rec()
    try:
        rec()
    except RecursionError as e:
        return n, str(e)

old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(60)
print(depth_reached())
sys.setrecursionlimit(120)
print(depth_reached())
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit() == old)
