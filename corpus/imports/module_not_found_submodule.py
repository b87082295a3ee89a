# Missing submodules: inside a package, and below a plain module that is not a package.
import sys

try:
    import _pkg.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    import _mod_a.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    from _pkg import nothing_here
except ImportError as e:
    print(type(e).__name__, "|", str(e).split(" (")[0])
print("_pkg" in sys.modules, "_mod_a" in sys.modules, "_pkg.nope" in sys.modules)
