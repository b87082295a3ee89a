# A None entry in sys.modules blocks the import with ModuleNotFoundError.
import sys

sys.modules["_blocked"] = None
try:
    import _blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name)
sys.modules["_mod_a"] = None
try:
    from _mod_a import value
except ImportError as e:
    print(type(e).__name__, "|", e)
del sys.modules["_mod_a"]
from _mod_a import value
print(value)
