# map() with one or several iterables (stopping at the shortest) and filter() with None or a function.
print(list(map(str, [1, 2, 3])), list(map(abs, (-1, -2))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2], [5, 7])))
m = map(int, "123")
print(type(m).__name__, next(m), list(m), list(m))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 0.0])))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(lambda x: x % 2, range(7))))
f = filter(None, iter([]))
print(type(f).__name__, list(f))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None)
except TypeError as e:
    print(type(e).__name__, e)
def noisy(x):
    print("  called with", x)
    return x > 1
lazy = filter(noisy, [1, 2, 3])
print("filter built, nothing called yet")
print(next(lazy))
