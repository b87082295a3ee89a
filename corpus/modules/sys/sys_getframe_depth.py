# sys._getframe(depth) walks callers; too deep raises ValueError; negative depth is the current frame.
import sys

def level3():
    return [sys._getframe(i).f_code.co_name for i in range(4)]

def level2():
    return level3()

def level1():
    return level2()

print(level1())

def probe():
    return sys._getframe(-1).f_code.co_name, sys._getframe(0).f_code.co_name

print(probe())
try:
    sys._getframe(10000)
except ValueError as e:
    print("ValueError:", e)
print(sys._getframe().f_code.co_name)
print(sys._getframe().f_back is None)
