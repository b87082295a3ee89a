# `import m as alias` binds only the alias; the module is still cached under its real name.
import sys
import _mod_a as alias

print(alias.__name__, alias.value)
print("_mod_a" in globals(), "alias" in globals())
print(sys.modules["_mod_a"] is alias)
try:
    _mod_a
except NameError as e:
    print("NameError:", e)
import _mod_a
print(_mod_a is alias)
