# reverse() works in place and returns None; copy() and slicing make independent bytearrays.
ba = bytearray(b'abc')
print(ba.reverse(), ba)
c = ba.copy()
s = ba[:]
c[0] = 0
s.append(33)
print(ba, c, s, c is ba, type(c).__name__, ba == bytearray(b'cba'))
class Sub(bytearray):
    pass
x = Sub(b'xy')
print(type(x.copy()).__name__, type(x[:]).__name__, repr(x))
