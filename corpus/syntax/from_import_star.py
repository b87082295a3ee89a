# "from module import *" binds the names in __all__, or else the names not starting with '_'.
from _imp_star import *
from _imp_star_noall import *
print(public, also_listed, visible)
print("not_listed" in globals(), "_private" in globals())
