# A rational number class: normalisation, arithmetic with ints, ordering, hashing equal to ints.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Frac):
            return o
        if isinstance(o, int):
            return Frac(o)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return self._coerce(o) / self
    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d
    def __gt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.n * o.d > o.n * self.d
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)

h = Frac(1, 2)
print(h + Frac(1, 3), h * 4, 1 + h, 3 / Frac(3, 4), Frac(6, -8))
print(sum([Frac(1, n) for n in range(1, 5)]))
print(Frac(2, 4) == h, Frac(4, 2) == 2, 2 == Frac(4, 2), h < 1, 1 > h)
print(sorted([Frac(2, 3), Frac(1, 6), 1, Frac(5, 4)]))
print({Frac(3, 1): "three"}[3], float(Frac(1, 8)))
for bad in (lambda: Frac(1, 0), lambda: h / 0, lambda: h + 0.5):
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
