# Exceptions raised by a key function or comparison propagate out of sorted()/min()/max().
def key(x):
    if x == 3:
        raise ValueError(f"bad key for {x}")
    return -x

for fn in (lambda: sorted([1, 2, 3, 4], key=key), lambda: min([1, 3], key=key), lambda: max([3], key=key)):
    try:
        print(fn())
    except ValueError as e:
        print(type(e).__name__, e)
calls = []
def tracking(x):
    calls.append(x)
    return x
sorted([3, 1, 2], key=tracking)
print(calls)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.append(0) or x)
except ValueError as e:
    print(type(e).__name__, e, lst)
