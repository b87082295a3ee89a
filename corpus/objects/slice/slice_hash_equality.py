# Since 3.12 slices are hashable (when their parts are); equality and ordering compare (start, stop, step) tuples.
print(slice(1, 2) == slice(1, 2, None), slice(1, 2) == slice(1, 2, 1), slice(1) == slice(None, 1), slice(0, 1) < slice(0, 2))
print(hash(slice(1, 2, 3)) == hash(slice(1, 2, 3)), hash(slice(None)), hash(slice(1, 2, 3)), {slice(1, 2): 'ok'}[slice(1, 2)])
try:
    hash(slice([], 1))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([slice(2, 3), slice(1, 5), slice(1, 2)]))
try:
    slice(1) < slice('a')
except TypeError as e:
    print(type(e).__name__, e)
