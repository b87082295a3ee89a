# BUILD_TUPLE n; UNPACK_SEQUENCE n is removed (n=1) or becomes SWAP (n=2, 3); n=4 keeps the tuple at module level.
a, b, c, d = 1, 2, 3, 4
a, b = b, a
a, b, c = c, a, b
a, = b,
a, b, c, d = d, c, b, a
print(a, b, c, d)
