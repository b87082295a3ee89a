# __import__ returns the top-level package for "a.b", or the leaf when fromlist is non-empty.
import sys

top = __import__("_pkg.sub")
print(top.__name__)
leaf = __import__("_pkg.sub", fromlist=["SUB_CONST"])
print(leaf.__name__)
deep = __import__("_pkg.deep", globals(), None, ["leaf"])
print(deep.__name__, hasattr(deep, "leaf"), "_pkg.deep.leaf" in sys.modules)
print(__import__("_mod_a") is sys.modules["_mod_a"])
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    __import__("_pkg.sub", level=-1)
except ValueError as e:
    print("ValueError:", e)
