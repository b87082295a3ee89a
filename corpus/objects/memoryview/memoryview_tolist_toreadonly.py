# memoryview.tolist gives the items as ints; toreadonly gives a view that refuses writes while the
# original (over a bytearray) still writes through; both fail on a released view.
buf = bytearray(b'\x00\x01\x7f\x80\xff')
m = memoryview(buf)
print(m.tolist(), m[1:4].tolist(), memoryview(b'').tolist())
ro = m.toreadonly()
print(type(ro).__name__, ro.readonly, m.readonly, ro.tolist() == m.tolist())
m[0] = 42
print(ro[0], buf[0], ro.tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print('TypeError:', e)
print(memoryview(b'abc').toreadonly().readonly)
try:
    m.tolist(1)
except TypeError as e:
    print('TypeError:', e)
ro.release()
m.release()
for name in ('tolist', 'toreadonly'):
    try:
        getattr(m, name)()
    except ValueError as e:
        print(name, 'ValueError:', e)
