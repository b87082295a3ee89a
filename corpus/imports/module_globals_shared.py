# A function's __globals__ is its module's namespace; rebinding through the module changes what it sees.
import _counter_mod

print(_counter_mod.bump.__globals__ is vars(_counter_mod))
_counter_mod.count = 100
print(_counter_mod.bump())
setattr(_counter_mod, "count", -1)
print(_counter_mod.bump())
del _counter_mod.count
try:
    _counter_mod.bump()
except NameError as e:
    print("NameError:", e)
