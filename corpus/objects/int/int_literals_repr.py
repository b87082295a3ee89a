# Integer literals in every base and with underscores; repr/str/hex/oct/bin and negative zero.
print(0x_ff, 0XFF, 0o777, 0O7, 0b1010, 0B1, 1_000_000, 0_0, 00, -0, +0)
print(0xffffffffffffffffffffffff, 0b1_0000_0000, 0o1_0)
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(0), oct(0))
print(hex(2**64), bin(2**40), oct(-(2**33)))
print(repr(-12), str(12), repr(10**25), str(-(10**25)))
print(hex(True), bin(False))
for f in (hex, oct, bin):
    try:
        f(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), bin(Idx()), oct(Idx()))
