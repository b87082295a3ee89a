"""Helper using sibling-relative imports."""
from . import rel_b
from .rel_b import thing, other as other_alias
from .sub import where

result = (rel_b.__name__, thing, other_alias, where())
