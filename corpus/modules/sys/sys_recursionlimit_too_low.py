# setrecursionlimit refuses a limit at or below the current Python call depth, naming both numbers.
import sys

def nest(n):
    if n == 0:
        for limit in (3, 12, 13, 50):
            try:
                sys.setrecursionlimit(limit)
                print("accepted", limit)
                sys.setrecursionlimit(1000)
            except RecursionError as e:
                print("RecursionError:", e)
        return
    nest(n - 1)

nest(10)
print(sys.getrecursionlimit())
