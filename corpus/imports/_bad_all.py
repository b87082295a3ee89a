"""Helper whose __all__ names an attribute that does not exist."""
__all__ = ["real", "ghost"]
real = 1
