"""Helper subpackage _pkg.deep."""
print("_pkg.deep/__init__: body running")
