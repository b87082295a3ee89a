# float.hex gives the exact 0x1.<13 hex digits>p<exp> form; float.fromhex parses many spellings and rounds half-even.
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.0, 1 / 3, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 2.0**-1022 / 2]:
    print(repr(v), v.hex())
for s in ['0x1p0', '0x1.8p1', '-0x1.fffffffffffffp+1023', '0x0.0000000000001p-1022', '0X1P-1074', '0x1p-1075',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080001p0', ' 0xap0 ', 'ap0', '1p4', '0x.8',
          '0x8.', '1', '-inf', 'Infinity', 'nan', '0x1p1023', '0x1.fffffffffffff8p1023', '0x1p-1076', '0x_1p0', '0x1p',
          '0x', '', 'inf1', '0x1.g', '0x1p0x']:
    try:
        print(repr(s), '->', repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(repr(s), '->', type(e).__name__, e)
class F(float):
    pass
x = F.fromhex('0x1.8p0')
print(type(x).__name__, x)
