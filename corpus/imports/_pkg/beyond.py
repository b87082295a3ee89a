"""Helper that tries to import beyond the top-level package."""
from ... import something
