# int methods called on bools: their results are ints (or bool for from_bytes), with no bool-specific overrides.
for v in (True, False):
    r = [v.bit_length(), v.bit_count(), v.to_bytes(), v.to_bytes(2, 'little'), v.as_integer_ratio(),
         v.conjugate(), v.real, v.imag, v.numerator, v.denominator, v.is_integer()]
    print(v, r, [type(x).__name__ for x in r])
print(repr(bool.from_bytes(b'\x00\x02')), repr(bool.from_bytes(b'')), repr(bool.from_bytes(b'\x00')))
print(True.__index__(), True.__int__(), True.__float__(), True.__trunc__(), True.__round__(), True.__hash__(),
      repr(True.__neg__()), repr(True.__abs__()), repr(True.__pos__()))
