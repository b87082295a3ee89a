# int(str, base): base 0 prefix detection, explicit bases 2..36, prefixes allowed with matching base, and bad bases.
cases = [('0x1F', 0), ('0X1f', 16), ('1f', 16), ('0o17', 0), ('0O17', 8), ('17', 8),
         ('0b101', 0), ('0B101', 2), ('101', 2), ('0', 0), ('00', 0), ('0_0', 0),
         ('0x_ff', 0), ('0x_f_f', 16), ('zz', 36), ('ZZ', 36), ('-0x10', 0), ('  +0b1  ', 0),
         ('10', 3), ('z', 35), ('010', 0), ('0b2', 0), ('0x', 16), ('0x__1', 16), ('1_0', 0),
         ('0o8', 8), ('g', 16), ('08', 0), ('0_7', 0)]
for s, b in cases:
    try:
        print(repr(s), b, '->', int(s, b))
    except ValueError as e:
        print(repr(s), b, '->', type(e).__name__, e)
for b in (1, -1, 37, 100, 2**70):
    try:
        int('1', b)
    except (ValueError, OverflowError) as e:
        print('base', b, '->', type(e).__name__, e)
print(int('11', base=2), int(b'ff', 16), int(bytearray(b' 0o7 '), 0))
for args in [(5, 10), (5.0, 10), (None, 2)]:
    try:
        int(*args)
    except TypeError as e:
        print(args, '->', type(e).__name__, e)
try:
    int('1', '2')
except TypeError as e:
    print(type(e).__name__, e)
