# Imaginary literals (j/J suffix on ints and floats with underscores and exponents); -1j is unary minus on 1j.
print(1j, 1J, 0j, 00j, 1_0j, 1.5j, .5j, 5.j, 1e3j, 1E-3J, 1_000.000_1j, 0.0j, 09j, 1e400j, 10**0 * 1j)
print(-1j, 1 - 1j, -1 - 1j, -(1 + 1j), 0 - 0j, -0j, -0.0j, 2j.imag, 2j.real, type(2j).__name__, 1j.conjugate())
z = 1j
print(z == 1j, repr(2j - 2j), repr(-(2j - 2j)), 3 + 4j == complex(3, 4))
