# list methods at their edges: insert out of range, index with bounds, remove first only, slice assignment.
lst = [1, 2, 3]
lst.insert(100, "end")
lst.insert(-100, "start")
lst.insert(-1, "before-last")
print(lst)
lst = [1, 2, 1, 2, 1]
print(lst.index(1), lst.index(1, 1), lst.index(2, 2, 4), lst.count(1))
lst.remove(2)
print(lst, lst.pop(), lst.pop(0), lst)
a = [0, 1, 2, 3, 4, 5]
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [9, 9, 9, 9]
print(a)
a[2:2] = "ab"
del a[-3:]
print(a)
a.extend(a)
print(a, len(a))
b = [3, 1, 2]
b.reverse()
print(b, b.copy() == b, b.copy() is b)
b.clear()
print(b)
for bad in (lambda: [1].index(1, 1), lambda: a.__setitem__(slice(None, None, 2), [1]),
            lambda: [].remove(0), lambda: [].pop(), lambda: [1].insert("0", 1)):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
