# Methods on a bytes subclass return plain bytes, except where the value is returned unchanged (identity cases differ).
class B(bytes):
    def __repr__(self):
        return 'B(' + bytes.__repr__(self) + ')'
x = B(b'abc')
print(repr(x), type(x[:]).__name__, type(x + b'').__name__, type(x.upper()).__name__, type(x * 1).__name__,
      type(bytes(x)).__name__, type(x.replace(b'z', b'y')).__name__, type(x.strip()).__name__, x == b'abc', hash(x) == hash(b'abc'))
y = b'abc'
print(y[:] is y, (y * 1) is y, y.replace(b'z', b'q') is y, bytes(y) is y, y.strip() is y, (y + b'') is y)
