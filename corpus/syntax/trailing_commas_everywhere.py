# Trailing commas accepted in parameters, arguments, imports, subscripts (makes a tuple), displays and with-items.
from _imp_pkg.sub import (value, double,)
def f(a, b=2, *, c=3,):
    return a + b + c
lam = lambda p, q=1,: p + q
class Show:
    def __getitem__(self, key): return key
class CM:
    def __enter__(self): return 1
    def __exit__(self, *a): pass
with (CM() as one, CM() as two,):
    pass
print(f(1,), f(1, c=0,), lam(1,), Show()[1,], [1,], {1: 2,}, (1,), double(value,))
print(one + two)
