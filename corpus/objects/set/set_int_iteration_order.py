# Iteration order of int sets follows hash slots: small ints appear in ascending order modulo the table size.
print({65, 2, 1, 33, 9})
print({3, 2, 1}, {10, 5, 0}, {8, 16, 0}, {100, 7, 50, 3}, {-1, -2, 1, 2}, {2**64, 1, 2**32})
s = set()
for i in [31, 7, 15, 63, 0, 127, 3]:
    s.add(i)
    print(len(s), list(s))
print(set(range(20, 0, -1)), set(range(0, 200, 37)))
print({1000, 999, 64, 32, 8}, {-5, 5, -10, 10}, {2**61 - 1, 0, 2**61, 1})
