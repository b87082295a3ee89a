# Reflected dunders (__radd__ etc.) run when the left operand lacks support or returns NotImplemented.
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"R({self.v})"
    def __radd__(self, other):
        return f"radd {other!r}+{self!r}"
    def __rsub__(self, other):
        return f"rsub {other!r}-{self!r}"
    def __rmul__(self, other):
        return f"rmul {other!r}*{self!r}"
    def __rtruediv__(self, other):
        return f"rtruediv {other!r}/{self!r}"
    def __rpow__(self, other):
        return f"rpow {other!r}**{self!r}"
    def __rmatmul__(self, other):
        return f"rmatmul"
    def __rlshift__(self, other):
        return f"rlshift"
    def __rdivmod__(self, other):
        return f"rdivmod {other!r}"

class L:
    def __add__(self, other):
        print("  L.__add__ -> NotImplemented")
        return NotImplemented
    def __repr__(self):
        return "L()"

r = R(1)
print(1 + r)
print(2.5 - r)
print("s" * r)
print([1] + r)
print(3 / r)
print(2 ** r)
print(1 @ r)
print(1 << r)
print(divmod(7, r))
print(L() + r)
print(r.__radd__(5))
