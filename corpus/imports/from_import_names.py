# `from m import a, b as c` binds the names (not the module) and copies the current values.
import sys
from _mod_a import value, func as doubled, Thing

print(value, doubled(5), Thing.__name__)
print("_mod_a" in globals(), "_mod_a" in sys.modules)
mod = sys.modules["_mod_a"]
mod.value = 99
print("after rebinding in the module:", value, mod.value)
from _mod_a import value
print("after a second from-import:", value)
from _mod_a import _private
print(_private)
