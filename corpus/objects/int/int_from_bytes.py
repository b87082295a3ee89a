# int.from_bytes from bytes, bytearray, lists and iterables; byteorder default 'big'; signed flag; errors.
print(int.from_bytes(b''), int.from_bytes(b'\x00'), int.from_bytes(b'\x01\x00'),
      int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff', signed=True),
      int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes(b'\x80\x00', signed=True))
print(int.from_bytes([1, 2, 3]), int.from_bytes(bytearray(b'\x7f'), signed=True),
      int.from_bytes(iter([0, 0, 1]), 'big'), int.from_bytes((255,) * 16, 'big'))
print(int.from_bytes(b'\x00' * 20 + b'\x01'), int.from_bytes(b'\xff' * 9, 'little', signed=True))
print(bool.from_bytes(b'\x01'), bool.from_bytes(b'\x00'), type(bool.from_bytes(b'\x02')).__name__)
class MyInt(int):
    pass
v = MyInt.from_bytes(b'\x10')
print(type(v).__name__, v)
for args in [(b'\x01', 'sideways'), ([256],), ([-1],), ('ab',), (5,)]:
    try:
        print(int.from_bytes(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
