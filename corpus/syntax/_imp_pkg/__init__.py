# Helper package for the import-syntax programs; uses relative imports itself.
from . import sub
from .sub import value as sub_value
top = "pkg-top"
