# All thirteen augmented assignment tokens: += -= *= /= //= %= **= @= &= |= ^= <<= >>=.
class M:
    def __imatmul__(self, other):
        return 99
x = 100
x += 5; x -= 3; x *= 2; x //= 3; x %= 50; x **= 2
y = 7.0
y /= 2
m = M()
m @= M()
z = 0b1100
z &= 0b1010; z |= 0b0001; z ^= 0b1111; z <<= 3; z >>= 1
print(x, y, m, z)
