# Exponent forms: e/E, explicit signs, exponents on ints/floats/leading-dot floats, underscores, overflow to inf.
values = [1e0, 1E0, 1e+5, 1e-5, 1E+05, 1.e3, .5e2, 1.5E-3, 0e0, 00e1, 09e1, 1_0e1_0, 1e308, 1e309, 1e-400]
for v in values:
    print(repr(v))
