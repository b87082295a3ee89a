# Comprehension targets with tuple unpacking, starred targets, and nested structures.
pairs = [(1, "a"), (2, "b")]
print([n for n, _ in pairs], {s: n for n, s in pairs})
rows = [(1, 2, 3), (4, 5, 6)]
print([(first, rest) for first, *rest in rows])
print([c for (a, b), c in [((1, 2), 3), ((4, 5), 6)]])
