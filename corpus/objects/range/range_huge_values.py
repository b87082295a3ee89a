# Huge ranges: len() overflows past sys.maxsize, but indexing, containment, slicing and reversed still work.
big = range(10**30)
print(big[10**29], big[-1], 10**29 in big, -1 in big, big[10**29:10**29 + 3], big.index(12345), big.count(10**30 - 1))
print(big[::10**28], len(big[:10]), range(0, 10**30, 10**29)[-1], big == range(0, 10**30))
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(len(range(2**62)), len(range(-2**62, 2**62, 2**61)))
try:
    len(range(2**64))
except OverflowError as e:
    print(type(e).__name__, e)
r = reversed(range(10**20, 10**20 + 3))
print(list(r), list(reversed(range(-(10**20), -(10**20) + 6, 2))))
print(bool(big), hasattr(big, '__length_hint__'), type(iter(big)).__name__)
