# Subclasses of int: constructors, arithmetic results are plain int, repr/str, and bool/int checks.
class Money(int):
    def __new__(cls, v, unit='EUR'):
        self = super().__new__(cls, v)
        self.unit = unit
        return self
    def __repr__(self):
        return f'Money({int(self)}, {self.unit!r})'
m = Money(5)
print(repr(m), str(m), m + 1, type(m + 1).__name__, type(m * 1).__name__, m.unit)
print(isinstance(m, int), issubclass(Money, int), m == 5, hash(m) == hash(5), int(m), type(int(m)).__name__)
print(format(m, '04d'), f'{m}', '%d' % m, str(m) == '5')
class Quiet(int):
    pass
q = Quiet('ff', 16)
print(repr(q), type(q).__name__, q.bit_length(), Quiet(), Quiet(3.7))
print(int.__new__(Quiet, 9), type(int.__new__(Quiet, 9)).__name__)
try:
    int.__new__(str, 1)
except TypeError as e:
    print(type(e).__name__, e)
