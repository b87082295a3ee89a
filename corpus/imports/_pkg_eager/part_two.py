"""Helper submodule part_two."""
print("_pkg_eager.part_two: body running")
TWO = 2
