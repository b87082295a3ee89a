# A name listed in __all__ but missing from the module makes `from m import *` raise AttributeError.
try:
    from _bad_all import *
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in globals() if not k.startswith("__")))
import _bad_all
print(_bad_all.__all__, _bad_all.real)
