# Without __all__, `from m import *` takes every global not starting with "_", imported modules included.
from _star_noall import *

print(sorted(k for k in globals() if not k.startswith("__")))
print(alpha, beta, math.__name__)
