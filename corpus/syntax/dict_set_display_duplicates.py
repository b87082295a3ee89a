# Duplicate keys in dict displays: the last value wins but the first key object and position stay.
d = {1: "a", 1.0: "b", True: "c", 2: "x"}
print(d)
s = {1, 1.0, True, 2}
print(s, {"k": 1, **{"k": 2}, "k": 3})
