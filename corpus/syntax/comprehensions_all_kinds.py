# List, set, dict comprehensions and generator expressions over the same data.
data = [3, 1, 2, 3]
print([x * 2 for x in data])
print({x for x in data})
print({x: x ** 2 for x in data})
g = (x + 1 for x in data)
print(type(g).__name__, list(g))
print(sum(x for x in data), max(x for x in data if x < 3))
