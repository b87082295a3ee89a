# Star and double-star unpacking in displays, calls and assignments, with key-override order.
a, b = [1, 2], (3, 4)
print([*a, *b], (*a, 0), {*a, *a}, [*"hi", *range(2)], (*a,))
d1, d2 = {"x": 1, "y": 2}, {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"y": 0, **d1}, {**d1, "y": 0})
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b), f(**d1), f(*a, 9, *b, k=1, **d2))
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
(p, q), r = "xy", 5
print(p, q, r)
head, *_ = [1]
print(head, _)
try:
    f(**d1, **{"x": 9})
except TypeError as e:
    print(type(e).__name__, e)
try:
    x, *y, z = [1]
except ValueError as e:
    print(type(e).__name__, e)
print(dict(**d1, w=0), [*{"k": 1}], [*d1.items()])
