# The same keyword twice in one call parses, but the compiler rejects it: "keyword argument repeated: a".
print(a=1, a=2)
