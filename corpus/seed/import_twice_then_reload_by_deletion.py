# Removing a module from sys.modules makes the next import run its body again, creating a new module.
import sys

import _seed_module
first = _seed_module
del sys.modules["_seed_module"]
import _seed_module
print("new module object:", first is not _seed_module)
print("counters:", first.counter, _seed_module.counter)
import _seed_module
print("cached again:", sys.modules["_seed_module"] is _seed_module)
