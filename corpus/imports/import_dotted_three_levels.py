# `import a.b.c` imports each level in order and binds only `a`; every level lands in sys.modules.
import sys
import _pkg.deep.leaf

print(_pkg.deep.leaf.LEAF)
print([name for name in sys.modules if name.startswith("_pkg")])
print(_pkg.deep.__name__, _pkg.deep.leaf.__name__, _pkg.deep.leaf.__package__)
import _pkg.deep.leaf
print("second import ran nothing")
