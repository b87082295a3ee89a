# int's numeric-tower members: numerator, denominator, real, imag, conjugate, as_integer_ratio, is_integer.
for n in (0, 7, -7, 2**70, True):
    print(repr(n), n.numerator, n.denominator, n.real, n.imag, n.conjugate(), n.as_integer_ratio(),
          n.is_integer(), type(n.real).__name__, type(n.conjugate()).__name__)
class Sub(int):
    pass
s = Sub(5)
print(type(s.real).__name__, type(s.numerator).__name__, type(+s).__name__, type(s.as_integer_ratio()[0]).__name__)
print(int.__index__(9), (9).__trunc__(), (9).__floor__(), (9).__ceil__(), (9).__round__(), (9).__round__(-1))
print((5).__abs__(), (-5).__neg__(), (-5).__pos__(), (5).__invert__(), (5).__bool__(), (0).__bool__())
print((5).__sizeof__(), (2**30).__sizeof__(), int.__sizeof__(0))
print((7).__add__(1.0), (7).__radd__(1), (7).__rsub__(10), (7).__rpow__(2), (7).__getnewargs__())
