# bin()/oct()/hex() of positive, negative, zero and big ints; __index__ objects; errors.
for n in (0, 1, -1, 10, -255, 2**64, -(2**70) + 1, True):
    print(n, bin(n), oct(n), hex(n))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), hex(Idx()))
for bad in (1.5, "10", None):
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(bin(-37), 2), int(oct(511), 8), int(hex(-4096), 16), int(hex(255), 0))
print(format(255, "#x"), format(255, "X"), format(-5, "b"), format(8, "#o"), f"{10:#b}")
