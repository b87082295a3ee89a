# "A list of 1000 integers reports 8056 bytes": list built several ways, plus the ints it holds.
import sys

ints = list(range(1000))
appended = []
for i in range(1000):
    appended.append(i)
comp = [i for i in range(1000)]
repeated = [0] * 1000
print("list(range(1000)):", sys.getsizeof(ints))
print("append x1000:", sys.getsizeof(appended))
print("comprehension:", sys.getsizeof(comp))
print("[0] * 1000:", sys.getsizeof(repeated))
print("56 + 1000 * 8 =", 56 + 1000 * 8)
print("sum of item sizes:", sum(sys.getsizeof(i) for i in ints))
print("distinct item sizes:", sorted(set(sys.getsizeof(i) for i in ints)))
