# Every float method and key dunders: hex, fromhex, conjugate, real/imag, is_integer, trunc/floor/ceil/round, getformat.
x = -2.75
print(x.hex(), float.fromhex(x.hex()), x.conjugate(), x.real, x.imag, x.is_integer(), x.as_integer_ratio())
print(x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(), x.__round__(1), x.__int__(), x.__float__(), x.__abs__())
print(x.__neg__(), x.__pos__(), x.__bool__(), (0.0).__bool__(), x.__getnewargs__(), x.__sizeof__(), x.__mod__(1))
print(float.__getformat__('double'), float.__getformat__('float'))
try:
    float.__getformat__('int')
except ValueError as e:
    print(type(e).__name__, e)
print(x.__add__(1), x.__radd__(1), x.__add__('1'), x.__rtruediv__(1), x.__rpow__(2), x.__divmod__(2), x.__rdivmod__(10))
print((2.5).__floor__(), (-2.5).__ceil__(), (0.5).__round__(), type((2.5).__floor__()).__name__)
for m in ('__trunc__', '__floor__', '__ceil__'):
    try:
        getattr(float('inf'), m)()
    except OverflowError as e:
        print(m, type(e).__name__, e)
    try:
        getattr(float('nan'), m)()
    except ValueError as e:
        print(m, type(e).__name__, e)
