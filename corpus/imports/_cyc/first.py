"""Helper: imports _cyc.second, which reads FIRST_VALUE too early."""
from . import second
FIRST_VALUE = 1
