"""Helper: reads an attribute of the partially initialised _cyc.first."""
from . import first
copied = first.FIRST_VALUE
