"""Helper: from-import cycle inside a package, left half."""
from .right import RIGHT
LEFT = "left"
