"""Helper package whose __init__ imports its own submodules and defines __all__."""
print("_pkg_eager/__init__: start")
from . import part_one
from .part_two import TWO
__all__ = ["part_one", "TWO", "part_three"]
print("_pkg_eager/__init__: end")
