# Sorting is stable, also with reverse=True (equal elements keep their original order).
records = [("ann", 3), ("bob", 1), ("cy", 3), ("dee", 2), ("eve", 1), ("fay", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(by_name, key=lambda r: r[1]))
lst = [5, 1, 4]
result = lst.sort()
print(result, lst)
lst.sort(key=lambda x: -x)
print(lst)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs))
print(sorted(["b", "B", "a", "A"], key=str.upper))
