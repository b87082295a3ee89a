"""Helper module _pkg.deep.leaf."""
print("_pkg.deep.leaf: body running")
LEAF = "leaf value"
