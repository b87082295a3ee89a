# Infinities and NaNs inside complex numbers through multiplication, division, abs and repr.
inf, nan = float('inf'), float('nan')
vals = [complex(inf, 0), complex(0, inf), complex(inf, inf), complex(nan, 0), complex(inf, nan)]
for a in vals:
    print(repr(a), repr(a * 2), repr(a * 1j), repr(a + 1j), repr(abs(a)), repr(-a), repr(a.conjugate()))
print(repr(complex(inf, 0) * complex(inf, 0)), repr(1 / complex(inf, inf)), repr(complex(1, 1) / complex(inf, 1)))
print(repr(complex(inf, 0) * 0), repr(complex(1e308, 1e308) * complex(1e308, 1e308)), repr(complex(nan, nan) == complex(nan, nan)))
