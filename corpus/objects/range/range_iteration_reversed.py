# Iterators over ranges: range_iterator vs longrange_iterator, reversed(), __length_hint__ and exhaustion.
it = iter(range(3))
print(type(it).__name__, type(iter(range(2**70))).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it))
rv = reversed(range(1, 10, 4))
print(type(rv).__name__, list(rv), list(reversed(range(0))), list(reversed(range(10, 0, -3))))
big_it = iter(range(2**64, 2**64 + 2))
print(next(big_it), next(big_it), next(big_it, 'done'))
