# Tuples of hashables are dict keys and set members; equal numeric contents collide; tuples containing lists fail.
d = {(1, 2): 'a', (1.0, 2.0): 'b', (True, 2): 'c', ('x',): 'd'}
print(d)
s = {(0,), (False,), (0.0,), ((),)}
print(s, len(s))
try:
    d[(1, [2])] = 'e'
except TypeError as e:
    print(type(e).__name__, e)
print(d.get((1, 2)), (1, 2) in d, {(1, 2), (2, 1)} == {(2, 1), (1, 2)})
