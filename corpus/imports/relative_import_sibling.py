# Relative imports inside a package: `from . import mod` and `from .mod import name`.
import _pkg.rel_a

print(_pkg.rel_a.result)
print(_pkg.rel_a.__package__)
print(_pkg.rel_a.rel_b is _pkg.rel_b)
