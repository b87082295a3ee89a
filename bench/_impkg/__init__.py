"""Package of twenty tiny modules, each imported once by bench/first_import.py."""
