# Imaginary literals: j/J on ints (incl. leading zeros), floats, exponents, underscores.
values = [0j, 1j, 1J, 00j, 09j, 1.5j, .5j, 1.j, 1e3j, 1E-3J, 1_0.5j, 1_000j]
for v in values:
    print(repr(v), v.imag)
print(1 + 2j, -1j, 3 - 0j)
