# `import pkg.sub` runs pkg/__init__ then pkg/sub, binds only `pkg`, and sets pkg.sub.
import sys
import _pkg.sub

print(sorted(k for k in globals() if k.startswith("_pkg")))
print(_pkg.sub.SUB_CONST, _pkg.pkg_value)
print(_pkg.sub is sys.modules["_pkg.sub"], "_pkg" in sys.modules)
print(_pkg.sub.where(), _pkg.sub.__package__, _pkg.__package__)
