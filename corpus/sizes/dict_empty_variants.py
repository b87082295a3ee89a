# Empty dicts built different ways: {} and dict() share the static empty keys (64); some are presized.
import sys

lit = {}
ctor = dict()
from_empty_list = dict([])
fromkeys_empty = dict.fromkeys([])
copied = {}.copy()
comp = {k: k for k in ()}
cleared = {"a": 1}
cleared.clear()
popped = {"a": 1}
popped.pop("a")
kw_empty = dict(**{})
for name in ("lit", "ctor", "from_empty_list", "fromkeys_empty", "copied", "comp", "cleared", "popped", "kw_empty"):
    print(name, sys.getsizeof(globals()[name]))
