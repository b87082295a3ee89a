# complex attributes and methods: real, imag (read-only), conjugate, and conversions that are refused.
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), (1j).conjugate(), (-0j).conjugate(), complex(0.0, -0.0).conjugate())
print(type(z.real).__name__, z.__getnewargs__(), z.__complex__() == z, z.__abs__(), z.__bool__(), (0j).__bool__())
for attr in ('real', 'imag'):
    try:
        setattr(z, attr, 1.0)
    except AttributeError as e:
        print(attr, type(e).__name__, e)
for f in (int, float, round, lambda v: v.__floor__(), lambda v: v // 1, lambda v: v % 1, lambda v: range(v)):
    try:
        print(f(z))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(z.__add__(1), z.__radd__(1), z.__rsub__(1), z.__rtruediv__(1), z.__rpow__(2), z.__add__('x'))
