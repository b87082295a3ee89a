# float(x) uses __float__, falls back to __index__, rejects bad return types, and warns for float subclasses.
class HasFloat:
    def __float__(self):
        return 2.5
class HasIndex:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return 1
class Sub(float):
    pass
class ReturnsSub:
    def __float__(self):
        return Sub(3.5)
print(float(HasFloat()), float(HasIndex()), 1.0 + float(HasIndex()))
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
r = float(ReturnsSub())
print(repr(r), type(r).__name__)
try:
    float(object.__new__(type('Empty', (), {})))
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.0 + HasFloat()
except TypeError as e:
    print(type(e).__name__, e)
