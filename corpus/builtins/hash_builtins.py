# hash() of builtin values: int reduction modulo 2**61-1, -1 mapped to -2, floats, tuples, strings.
print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False))
print(hash(2**61 - 1), hash(2**61), hash(2**64), hash(-(2**61)))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1.5), hash(float("inf")), hash(float("-inf")))
print(hash(1e100), hash(2.0**70) == hash(2**70))
print(hash(1j), hash(1 + 2j), hash(complex(3, 0)) == hash(3))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))))
print(hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(None), hash(...) == hash(Ellipsis))
print(hash(""), hash(b""), hash("a") == hash(b"a"))
print(hash("hello"), hash("abc"), hash(b"abc"))
print(hash(range(3)) == hash(range(0, 3, 1)))
for bad in ([], {}, set(), bytearray(), ([],)):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
