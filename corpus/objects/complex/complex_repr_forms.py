# repr(complex): parentheses unless the real part is +0.0, signed zeros, inf/nan parts, and shortest float digits.
inf, nan = float('inf'), float('nan')
vals = [0j, -0j, 1j, -1j, 1 + 0j, 1 - 0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), 0.1 + 0.2j,
        1e16j, 1e-5 + 1e22j, complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, 1), complex(1, nan),
        complex(nan, -nan), 2 + 3j, -2.5 - 0.5j, 1j * 1j, complex(1 / 3, 2 / 3), 5e-324j]
for v in vals:
    print(repr(v), str(v), v.real, v.imag)
