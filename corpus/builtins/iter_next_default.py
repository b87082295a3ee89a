# iter() on builtins and next() with and without a default after exhaustion.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(type(s).__name__, list(s), list(s))
d = iter({"x": 1, "y": 2})
print(type(d).__name__, next(d))
for obj in ((1, 2), {1, 2}, range(2), b"ab", {"k": 1}.items(), reversed([1, 2])):
    print(type(iter(obj)).__name__, list(iter(obj)))
it2 = iter([1])
print(iter(it2) is it2)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
