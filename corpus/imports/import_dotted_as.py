# `import a.b.c as x` binds x to the leaf module, not to the top-level package.
import _pkg.deep.leaf as leaf

print(leaf.__name__, leaf.LEAF)
print(sorted(k for k in globals() if not k.startswith("__")))
import sys
print(sys.modules["_pkg"].deep.leaf is leaf)
