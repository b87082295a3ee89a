# Unbounded recursion raises RecursionError ('maximum recursion depth exceeded'), catchable, after which calls work again.
import sys
sys.setrecursionlimit(200)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth(n):
    return n if n == 0 else 1 + depth(n - 1)
print(depth(100))
