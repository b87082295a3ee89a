# `from pkg import sub` imports the submodule when it is not an attribute of the package yet.
import sys

print("_pkg.sub" in sys.modules)
from _pkg import sub
print(sub.__name__, sub.SUB_CONST)
print("_pkg.sub" in sys.modules, sys.modules["_pkg"].sub is sub)
from _pkg import pkg_value, deep
print(pkg_value, deep.__name__)
