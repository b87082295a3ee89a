# Unbounded recursion raises RecursionError, which can be caught; the stack is usable afterwards.
import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, "|", e)
    print(isinstance(e, RuntimeError))

depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("depth reached is within limit:", 900 < depth <= sys.getrecursionlimit())

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))

class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("repr recursion:", e)
