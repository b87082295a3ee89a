# A relative import climbing above the top-level package raises ImportError.
import sys

try:
    import _pkg.beyond
except ImportError as e:
    print(type(e).__name__, "|", e)
print("_pkg.beyond" in sys.modules, "_pkg" in sys.modules)
