# hash(int) is n modulo 2**61-1 with the sign kept, and -1 is remapped to -2.
M = 2**61 - 1
for n in [0, 1, -1, -2, 2, 10**18, M - 1, M, M + 1, 2 * M, 2**61, 2**64, -(2**64), 2**100, -(M), -(M + 1), 10**50, -(10**50)]:
    print(n, hash(n))
print(hash(True), hash(False), hash(-1) == hash(-2), hash(2**61 - 2) == 2**61 - 2)
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(2**70) == hash(float(2**70)))
