# range equality compares the sequences of values, not the arguments; hash agrees with equality.
pairs = [(range(0), range(5, 5)), (range(0, 3), range(0, 3, 1)), (range(0, 10, 3), range(0, 11, 3)), (range(1), range(1, 100, 50)),
         (range(0, 10, 2), range(0, 9, 2)), (range(3), range(1, 3))]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))
print(range(3) == [0, 1, 2], range(3) == range(3), range(3) != range(4), list(range(3)) == [0, 1, 2])
for r in (range(0), range(1), range(5), range(1, 10, 2), range(-4, 4, 3)):
    print(repr(r), hash(r))
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
