"""Helper using parent-relative imports (from .. import / from ..sub import)."""
from .. import sub
from ..sub import SUB_CONST
from . import leaf
from .leaf import LEAF as renamed_leaf

summary = (sub.__name__, SUB_CONST, leaf.__name__, renamed_leaf, __package__)
