# Helper module for from_import_star.py: __all__ limits what "import *" binds.
__all__ = ["public", "also_listed"]
public = "public"
also_listed = "listed"
not_listed = "hidden by __all__"
