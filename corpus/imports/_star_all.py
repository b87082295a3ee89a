"""Helper with __all__: only the listed names are star-imported."""
__all__ = ["public_one", "_private_listed"]
public_one = 1
public_two = 2
_private_listed = 3
_private_unlisted = 4
