# pow(a, b, m) calls __pow__(b, m); __rpow__ is never used for the three-argument form.
class P:
    def __pow__(self, exp, mod=None):
        return f"__pow__({exp}, {mod})"
    def __rpow__(self, base, mod=None):
        return f"__rpow__({base}, {mod})"

print(P() ** 2, pow(P(), 2), pow(P(), 2, 7))
print(2 ** P(), pow(2, P()))
try:
    pow(2, P(), 7)
except TypeError as e:
    print(type(e).__name__, e)
class Two:
    def __pow__(self, exp):
        return "two-arg only"
print(Two() ** 3)
try:
    pow(Two(), 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
x = P()
x **= 3
print(x)
