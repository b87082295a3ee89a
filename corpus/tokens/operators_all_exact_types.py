# Every one of the 48 exact operator/delimiter token types appears at least once in this file.
import sys as _s
def f(a, /, *args, b: int = 0, **kw) -> int:
    return a
class D:
    def __matmul__(self, o): return 1
    def __imatmul__(self, o): return 2
x = [1, 2, 3][0:2]; d = {'k': (x, ...)}
y = 1 + 2 - 3 * 4 / 5 // 6 % 7 ** 2 @ D() if False else 0
y = ~1 | 2 & 3 ^ 4 << 1 >> 1
print(1 == 1, 1 != 2, 1 < 2, 2 > 1, 1 <= 1, 1 >= 1, (w := 5), d['k'][1], f"{w!r}", x.copy())
z = 10
z += 1; z -= 1; z *= 2; z //= 1; z %= 7; z **= 2; z &= 15; z |= 16; z ^= 1; z <<= 1; z >>= 1
m = D(); m @= D()
q = 9; q /= 2
print(y, z, m, q, f(1, b=2))
