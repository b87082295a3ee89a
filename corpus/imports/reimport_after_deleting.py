# Deleting from sys.modules and re-importing creates a fresh module; old references keep old state.
import sys
import _counter_mod

old = _counter_mod
old.bump()
old.bump()
del sys.modules["_counter_mod"]
import _counter_mod
print(old is _counter_mod, old.count, _counter_mod.count)
from _counter_mod import bump
bump()
print(old.count, _counter_mod.count)
