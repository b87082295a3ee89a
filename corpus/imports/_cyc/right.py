"""Helper: from-import cycle inside a package, right half."""
from .left import LEFT
RIGHT = "right"
