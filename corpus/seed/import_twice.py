# Importing a module twice runs its body once; the second import is a sys.modules lookup.
import sys

print("before first import:", "_seed_module" in sys.modules)
import _seed_module
print("after first import:", "_seed_module" in sys.modules)
import _seed_module
print("after second import, counter:", _seed_module.counter)
first = _seed_module
import _seed_module as again
print("same object:", first is again, again is sys.modules["_seed_module"])
print(_seed_module.__name__)
