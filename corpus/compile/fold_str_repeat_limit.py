# str * n is folded only up to 4096 characters; bytes likewise.
a = "ab" * 2048
b = "ab" * 2049
c = b"xyz" * 1365
d = b"xyz" * 1366
e = 3 * "pq"
print(len(a), len(b), len(c), len(d), e)
