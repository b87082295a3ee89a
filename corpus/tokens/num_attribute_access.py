# Attribute access on number literals: needs a space or a float dot for decimals, not for hex/float forms.
print(1 .real)
print(1..hex())
print(1.0.is_integer())
print(0x10.bit_length())
print(0b1.numerator, 0o7.denominator)
print((5).conjugate(), 2j.imag)
