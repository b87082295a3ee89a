# Unary operators and abs() call __neg__, __pos__, __invert__, __abs__; results are used as-is.
class V:
    def __init__(self, x):
        self.x = x
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return "pos returns a string"
    def __invert__(self):
        return V(~self.x)
    def __abs__(self):
        return abs(self.x)
    def __repr__(self):
        return f"V({self.x})"

v = V(5)
print(-v, +v, ~v, abs(V(-7)))
print(-(-v), ~~v)
print(-True, +True, ~True, ~False)
print(-0.0, +(-0.0), abs(-0.0))
print(-(2**63), ~(2**64))
