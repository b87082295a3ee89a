# sort calls the key function exactly once per element, in order, before comparing anything.
calls = []
def key(x):
    calls.append(x)
    return -x
a = [3, 1, 2, 5, 4]
a.sort(key=key)
print(a, calls)
calls.clear()
print(sorted([1], key=key), calls, sorted([], key=key))
