# Strings built by += in a loop are exact-size compact strings at every step.
import sys

s = ""
sizes = []
for i in range(20):
    s += "ab"
    sizes.append(sys.getsizeof(s) - len(s))
print(sorted(set(sizes)), len(s), sys.getsizeof(s))
u = ""
for i in range(10):
    u += "\u00e9"
print(len(u), sys.getsizeof(u))
w = "x"
w += "\u20ac"
print(len(w), sys.getsizeof(w))
