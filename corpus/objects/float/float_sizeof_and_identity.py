# sys.getsizeof of floats is always 24; float() of a float returns the same object, of a subclass a new one.
import sys
a = 1.5
b = float('nan')
c = 1e308
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(-0.0), float.__basicsize__, float.__itemsize__)
print(float(a) is a)
class F(float):
    pass
f = F(2.5)
g = float(f)
print(type(g).__name__, g is f, repr(f), type(f + 1).__name__, type(-f).__name__, type(abs(f)).__name__)
print(sys.getsizeof(f) > 24)
