# `from pkg import *` imports submodules named in the package's __all__.
from _pkg_eager import *

print(part_one.ONE, TWO, part_three.THREE)
print(sorted(k for k in globals() if not k.startswith("__")))
