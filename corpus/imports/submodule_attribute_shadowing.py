# A package attribute shadows a same-named submodule for from-import until the submodule is imported.
import sys
from _pkg2 import thing
print(repr(thing))
print("_pkg2.thing" in sys.modules)
import _pkg2.thing
print(type(_pkg2.thing).__name__, _pkg2.thing.KIND)
from _pkg2 import thing
print(type(thing).__name__)
try:
    _pkg2.lazy
except AttributeError as e:
    print("AttributeError:", e)
import _pkg2.lazy
print(_pkg2.lazy.LAZY)
