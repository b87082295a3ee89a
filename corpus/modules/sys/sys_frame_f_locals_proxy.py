# PEP 667 (3.13): a function frame's f_locals is a write-through FrameLocalsProxy; module frames give the dict.
import sys

def func():
    x = 1
    y = "two"
    proxy = sys._getframe().f_locals
    print(type(proxy).__name__)
    print(sorted(proxy.keys()))
    print(proxy["x"], proxy["y"], "z" in proxy, len(proxy))
    proxy["x"] = 100
    print("x after write:", x)
    proxy["extra"] = "added"
    print("extra" in proxy, proxy["extra"])
    try:
        del proxy["x"]
    except TypeError as e:
        print("TypeError:", e)
    snapshot = locals()
    print(type(snapshot).__name__, sorted(snapshot))
    return x

print(func())
print(type(sys._getframe().f_locals).__name__)
