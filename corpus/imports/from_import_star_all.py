# `from m import *` with __all__ imports exactly the listed names, underscores included.
from _star_all import *

print(sorted(k for k in globals() if not k.startswith("__")))
print(public_one, _private_listed)
try:
    public_two
except NameError as e:
    print("NameError:", e)
