# A folder without __init__.py imports as a namespace package; its submodules import normally.
import sys
import _nspkg.mod

print(_nspkg.mod.NS, _nspkg.mod.__name__, _nspkg.mod.__package__)
print(_nspkg.__name__, _nspkg.__file__, _nspkg.__spec__.origin)
print(len(list(_nspkg.__path__)), hasattr(_nspkg, "mod"))
print([k for k in sys.modules if k.startswith("_nspkg")])
