"""Helper without __all__: star-import takes every name not starting with an underscore."""
import sys as _sys_alias
import math
alpha = "a"
beta = "b"
_gamma = "g"
