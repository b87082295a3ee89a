# A relative import in a script run as __main__ has no parent package and fails.
print(repr(__package__), __name__)
try:
    from . import _mod_a
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    from .something import name
except ImportError as e:
    print(type(e).__name__, "|", e)
