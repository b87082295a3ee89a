# A module-level __getattr__/__dir__ (PEP 562) serves attribute access, from-import and dir().
import _getattr_mod
from _getattr_mod import dyn_hello

print(_getattr_mod.real, _getattr_mod.dyn_value, dyn_hello)
print(dir(_getattr_mod))
try:
    _getattr_mod.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _getattr_mod import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
