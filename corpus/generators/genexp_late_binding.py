# Only the first iterable of a genexp is bound at creation; names in the body are looked up during iteration.
factor = 1
data = [1, 2, 3]
g = (x * factor for x in data)
factor = 10
data = [7, 8, 9]
print(list(g))
