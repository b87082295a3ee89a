# Unary operators - + ~ not, stacked, and on non-constant operands.
x = 5
print(-x, +x, ~x, not x)
print(- - x, + - x, ~~x, not not x, -+-+x)
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
u = U()
print(-u, +u, ~u, not u)
