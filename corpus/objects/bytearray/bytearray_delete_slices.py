# del on bytearray items, slices and extended slices, including negative steps and empty ranges.
ba = bytearray(range(10))
del ba[0]
del ba[-1]
print(list(ba))
del ba[::3]
print(list(ba))
del ba[5:1]
del ba[100:]
print(list(ba))
del ba[::-2]
print(list(ba))
del ba[:]
print(ba)
try:
    del ba[0]
except IndexError as e:
    print(type(e).__name__, e)
