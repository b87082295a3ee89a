# f(*a), f(*a, *b), f(**k), f(x, *a, y=1, **k): CALL_FUNCTION_EX 0/1 with list-to-tuple and DICT_MERGE.
def f(*a, **k):
    return a, sorted(k.items())
a = [1, 2]
b = (3,)
k = {"x": 1}
print(f(*a))
print(f(*a, *b))
print(f(0, *a, 9))
print(f(**k))
print(f(**k, y=2))
print(f(0, *a, y=1, **k))
try:
    f(**k, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
