# The second import is a sys.modules lookup: the body does not run again and state is shared.
import sys
import _counter_mod

print(_counter_mod.bump(), _counter_mod.bump())
import _counter_mod
import _counter_mod as again
from _counter_mod import bump
print(bump(), again.count, _counter_mod is again is sys.modules["_counter_mod"])
