# memoryview.cast between the byte formats 'B', 'b' and 'c': the items change type, the memory is
# shared; bad formats and shapes raise.
data = bytearray(b'\x01\x80\xffA')
m = memoryview(data)
signed = m.cast('b')
chars = m.cast('c')
print(signed.tolist(), chars.tolist(), signed.format, chars.format, signed.itemsize)
print(signed[1], chars[3], len(chars))
data[0] = 0xFE
print(signed[0], m.cast('B').tolist())
for args in (('x',), ('B', [2, 3]), (1,)):
    try:
        m.cast(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
