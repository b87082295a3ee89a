# sys.getrecursionlimit/setrecursionlimit: default 1000, RecursionError message, invalid limits.
import sys

print(sys.getrecursionlimit())

def depth(n):
    return depth(n + 1)

sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, "|", e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit(2**70)
except OverflowError as e:
    print("OverflowError:", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("TypeError:", e)
print(sys.getrecursionlimit())
