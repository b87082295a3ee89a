# Starred items in list/tuple/set displays and calls; ** in dict displays and calls; in any order.
a, b = [1, 2], (3,)
d1, d2 = {"x": 1}, {"y": 2}
print([*a, *b, 0], (*a,), {*a, *b}, [*"hi"])
print({**d1, "z": 0, **d2, "x": 9})
def f(*args, **kw): return args, kw
print(f(*a, 5, *b, k=1, **d1, **d2))
print(f(*a, k=1, *b))
print(f(**d1, k=2))
