# bytes.hex with separators (positive groups from the right, negative from the left) and bytes.fromhex parsing rules.
b = bytes(range(0xf0, 0xf7))
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex('-', -2), b.hex(' ', 3), b.hex(b'|', -3), b.hex(':', 100), b''.hex(':'))
print(bytes.fromhex(''), bytes.fromhex('00ff'), bytes.fromhex(' 0A 0b  CC '), bytes.fromhex('\t01\n02\r03\x0b04\x0c'),
      bytearray.fromhex('de ad'), type(bytearray.fromhex('')).__name__)
for s in ['0', '0g', 'a b', '00 0', '0x00', '1 ', ' 1', '\xa001', '00\u300000', '0 0']:
    try:
        print(repr(s), bytes.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for call in (lambda: b.hex('::'), lambda: b.hex('é'), lambda: b.hex(1), lambda: bytes.fromhex(b'00'), lambda: b.hex(':', 0)):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class MyBytes(bytes):
    pass
m = MyBytes.fromhex('41 42')
print(type(m).__name__, m)
