# '!=' inside a field is a comparison, not a conversion; '!' before a name is a conversion.
a, b = 1, 2
print(f"{a!=b}")
print(f"{a != b!r}")
print(f"{a!r}")
print(f"{(a!=b)=}")
