"""Helper imported relatively by _pkg.rel_a."""
print("_pkg.rel_b: body running")
thing = "thing from rel_b"
other = "other from rel_b"
